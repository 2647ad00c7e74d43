package cn.gov.baoji.portal.core.inspection;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.ChannelFacts;

/** 空白栏目: visible channels without a single published article; from 5 on a single-veto risk. */
@ApplicationScoped
class EmptyChannelRule implements InspectionRule {

    private final InspectionConfig config;

    EmptyChannelRule(InspectionConfig config) {
        this.config = config;
    }

    @Override
    public String code() {
        return "CHANNEL_EMPTY";
    }

    @Override
    public String name() {
        return "空白栏目";
    }

    @Override
    public Severity severity() {
        return Severity.VETO;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        List<ChannelFacts> empty = county.channels().stream()
                .filter(c -> !c.hasChildren() && !config.functionalChannels().contains(c.code()))
                .filter(c -> county.published().stream().noneMatch(d -> d.channelId() == c.id()))
                .toList();
        Severity severity = empty.size() >= config.vetoEmptyChannels() ? Severity.VETO : Severity.DEDUCTION;
        return RuleResult.of(empty.stream().map(c -> new Finding("channel:" + c.code(), severity,
                "栏目“" + c.name() + "”", "栏目中没有任何已发布的信息；本站共 " + empty.size() + " 个空白栏目"
                        + (severity == Severity.VETO ? "，达到 " + config.vetoEmptyChannels() + " 个即单项否决" : ""),
                "/channels/" + c.code(), "/admin/site/", null,
                "在该栏目发布信息；暂时没有内容的栏目请站点管理员在“栏目与部门”中隐藏或撤销。")).toList());
    }
}
