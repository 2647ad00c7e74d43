package cn.gov.baoji.portal.core.tenant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * Everything needed to provision a tenant. Construction validates it, so an invalid request
 * is refused before anything is written.
 */
public record TenantSpec(
        TenantCode code,
        String name,
        String siteName,
        TenantKind kind,
        String divisionCode,
        String siteIdentifier,
        String theme,
        List<String> domains,
        SiteFooter footer,
        SiteLook look) {

    public TenantSpec {
        if (code == null) {
            throw new InvalidInputException("code", "缺少站点代码");
        }
        name = required("name", name, 40, "站点所属区县名称");
        siteName = required("siteName", siteName, 60, "网站名称");
        if (kind == null) {
            throw new InvalidInputException("kind", "缺少区县类型");
        }
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new InvalidInputException("divisionCode", "行政区划代码应为 6 位数字");
        }
        if (siteIdentifier == null || !siteIdentifier.matches("\\d{10}")) {
            throw new InvalidInputException("siteIdentifier", "网站标识码应为 10 位数字");
        }
        if (theme == null || !theme.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new InvalidInputException("theme", "主题名称无效");
        }
        domains = normalizedDomains(domains);
        footer = validatedFooter(footer);
        if (look == null) {
            look = SiteLook.none();
        }
    }

    /** Checked against the column sizes of {@code site_settings}, so defaults never fail half-way. */
    /** A tenant that keeps its theme's colours. */
    public TenantSpec(TenantCode code, String name, String siteName, TenantKind kind, String divisionCode,
            String siteIdentifier, String theme, List<String> domains, SiteFooter footer) {
        this(code, name, siteName, kind, divisionCode, siteIdentifier, theme, domains, footer, SiteLook.none());
    }

    private static SiteFooter validatedFooter(SiteFooter footer) {
        if (footer == null) {
            throw new InvalidInputException("footer", "缺少页脚信息");
        }
        return new SiteFooter(
                required("footer.organizer", footer.organizer(), 100, "主办单位"),
                optional("footer.undertaker", footer.undertaker(), 100, "承办单位"),
                optional("footer.icpNumber", footer.icpNumber(), 60, "ICP备案号"),
                optional("footer.policeRecordNumber", footer.policeRecordNumber(), 60, "公安机关备案号"),
                optional("footer.address", footer.address(), 200, "联系地址"),
                optional("footer.phone", footer.phone(), 40, "联系电话"),
                optional("footer.email", footer.email(), 100, "电子邮箱"));
    }

    private static String required(String field, String value, int maxLength, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "缺少" + label);
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, label + "不能超过 " + maxLength + " 个字");
        }
        return trimmed;
    }

    /** A blank optional value is stored as null, so the footer leaves that line out. */
    private static String optional(String field, String value, int maxLength, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, label + "不能超过 " + maxLength + " 个字");
        }
        return trimmed;
    }

    private static List<String> normalizedDomains(List<String> domains) {
        if (domains == null || domains.isEmpty()) {
            throw new InvalidInputException("domains", "至少需要一个域名");
        }
        Set<String> result = new LinkedHashSet<>();
        for (String domain : domains) {
            String host = HostNames.domain(domain)
                    .orElseThrow(() -> new InvalidInputException("domains", "域名无效：" + domain));
            result.add(host);
        }
        return List.copyOf(new ArrayList<>(result));
    }
}
