package cn.gov.baoji.portal.core.inspection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.inspection.ChannelFrequency.Frequency;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.ChannelFacts;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;

/**
 * 栏目未按期更新: channels whose newest article is older than their update frequency. From the
 * configured number of overdue channels on (5), every one of them is a single-veto risk.
 */
@ApplicationScoped
class ChannelOverdueRule implements InspectionRule {

    private final InspectionConfig config;

    ChannelOverdueRule(InspectionConfig config) {
        this.config = config;
    }

    @Override
    public String code() {
        return "CHANNEL_OVERDUE";
    }

    @Override
    public String name() {
        return "栏目未按期更新";
    }

    @Override
    public Severity severity() {
        return Severity.VETO;
    }

    private record Overdue(ChannelFacts channel, Frequency frequency, PublishedDoc newest, long days) {
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        List<Overdue> overdue = new ArrayList<>();
        for (ChannelFacts channel : county.channels()) {
            if (channel.hasChildren() || config.functionalChannels().contains(channel.code())) {
                continue;
            }
            Optional<Frequency> frequency = ChannelFrequency.of(channel, config);
            Optional<PublishedDoc> newest = county.published().stream().filter(d -> d.channelId() == channel.id())
                    .max(Comparator.comparing(PublishedDoc::lastChange));
            if (frequency.isEmpty() || newest.isEmpty()) {
                continue; // Empty channels are the empty-channel rule's.
            }
            OffsetDateTime last = newest.get().lastChange();
            if (last.isBefore(county.now().minusDays(frequency.get().days()))) {
                overdue.add(new Overdue(channel, frequency.get(), newest.get(),
                        Duration.between(last, county.now()).toDays()));
            }
        }
        Severity severity = overdue.size() >= config.vetoOverdueChannels() ? Severity.VETO : Severity.DEDUCTION;
        List<Finding> findings = overdue.stream().map(o -> new Finding("channel:" + o.channel().code(), severity,
                "栏目“" + o.channel().name() + "”",
                o.days() + " 天未更新（" + o.frequency().label() + "）；本站共 " + overdue.size() + " 个栏目未按期更新"
                        + (severity == Severity.VETO ? "，达到 " + config.vetoOverdueChannels() + " 个即单项否决" : ""),
                "/channels/" + o.channel().code(), "/admin/articles/new",
                county.departmentName(o.newest().departmentId()),
                "在该栏目发布新的信息；如栏目确实无需按此频率更新，请站点管理员在“栏目与部门”中调整其更新周期，或合并、撤销该栏目。"))
                .toList();
        return RuleResult.of(findings);
    }
}
