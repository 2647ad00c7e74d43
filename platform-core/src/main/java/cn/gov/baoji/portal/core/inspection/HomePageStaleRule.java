package cn.gov.baoji.portal.core.inspection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;

/** 首页两周未更新 (单项否决): the newest published or changed article is older than the limit. */
@ApplicationScoped
class HomePageStaleRule implements InspectionRule {

    private final InspectionConfig config;

    HomePageStaleRule(InspectionConfig config) {
        this.config = config;
    }

    @Override
    public String code() {
        return "HOME_STALE";
    }

    @Override
    public String name() {
        return "首页长期未更新";
    }

    @Override
    public Severity severity() {
        return Severity.VETO;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        Optional<PublishedDoc> newest = county.published().stream().max(Comparator.comparing(PublishedDoc::lastChange));
        OffsetDateTime limit = county.now().minusDays(config.homeStaleDays());
        if (newest.isPresent() && newest.get().lastChange().isAfter(limit)) {
            return RuleResult.of(List.of());
        }
        String detail = newest.map(d -> "最近一次更新是 " + Duration.between(d.lastChange(), county.now()).toDays()
                + " 天前（" + d.title() + "）").orElse("网站还没有发布任何信息");
        return RuleResult.of(List.of(new Finding("home", Severity.VETO, "网站首页", detail + "，超过 "
                + config.homeStaleDays() + " 天未更新", "/", "/admin/articles/new",
                newest.map(d -> county.departmentName(d.departmentId())).orElse(null),
                "尽快在首页展示的栏目发布新的信息（新闻动态、通知公告等），此后至少每两周更新一次。")));
    }
}
