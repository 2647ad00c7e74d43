package cn.gov.baoji.portal.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.site.SiteFooter;

/**
 * 页脚要素缺失: the footer every page shows must carry 主办单位, 网站标识码, ICP备案号, 公安机关备案号,
 * contact (address or phone) and the 党政机关网站标识. Reads what the public pages use: the published
 * look's footer facts, else the site's registered ones; the badge is gone only if the look's own
 * footer template drops it.
 */
@ApplicationScoped
class FooterRule implements InspectionRule {

    private final PublishedFooter published;

    FooterRule(PublishedFooter published) {
        this.published = published;
    }

    @Override
    public String code() {
        return "FOOTER";
    }

    @Override
    public String name() {
        return "页脚要素缺失";
    }

    @Override
    public Severity severity() {
        return Severity.DEDUCTION;
    }

    @Override
    public RuleResult check(InspectedCounty county) {
        Optional<LookSettings> look = published.look();
        SiteFooter footer = published.footer(look);
        String identifier = published.siteIdentifier(look, county.tenant().siteIdentifier());
        List<String> missing = new ArrayList<>();
        if (blank(footer.organizer())) {
            missing.add("主办单位");
        }
        if (blank(identifier)) {
            missing.add("网站标识码");
        }
        if (blank(footer.icpNumber())) {
            missing.add("ICP备案号");
        }
        if (blank(footer.policeRecordNumber())) {
            missing.add("公安机关备案号");
        }
        if (blank(footer.address()) && blank(footer.phone())) {
            missing.add("联系方式（地址、电话）");
        }
        Map<String, String> templates = look.map(LookSettings::templates).orElse(Map.of());
        String footerTemplate = templates.get("footer");
        if (footerTemplate != null && !footerTemplate.contains("conac")) {
            missing.add("党政机关网站标识");
        }
        if (missing.isEmpty()) {
            return RuleResult.of(List.of());
        }
        return RuleResult.of(List.of(new Finding("footer", Severity.DEDUCTION, "网站页脚",
                "缺少：" + String.join("、", missing), "/", "/admin/look/", null,
                "站点管理员在“网站外观”的页脚信息中补齐缺少的要素并发布。")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
