package cn.gov.baoji.portal.web.site;

import java.util.List;

import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * A site's public facts, as pages show them and {@code GET /api/v1/site} returns them.
 */
public record SiteView(
        String code,
        String name,
        String siteName,
        String kind,
        String divisionCode,
        String siteIdentifier,
        SiteFooter footer,
        List<ChannelView> channels) {

    static SiteView of(TenantInfo tenant, SiteFooter footer, List<ChannelView> channels) {
        return new SiteView(tenant.code().value(), tenant.name(), tenant.siteName(), tenant.kind().label(),
                tenant.divisionCode(), tenant.siteIdentifier(), footer, channels);
    }
}
