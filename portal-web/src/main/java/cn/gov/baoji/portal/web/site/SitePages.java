package cn.gov.baoji.portal.web.site;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.ThemeRenderer;

/** Renders public pages of the request's site with its theme and the data every page shows. */
@RequestScoped
public class SitePages {

    private final TenantContext context;
    private final SiteService site;
    private final ThemeRenderer renderer;

    SitePages(TenantContext context, SiteService site, ThemeRenderer renderer) {
        this.context = context;
        this.site = site;
        this.renderer = renderer;
    }

    public SiteView currentSite() {
        return SiteView.of(context.require(), site.footer(), site.visibleChannels());
    }

    public String render(String template, Map<String, Object> pageData) {
        TenantInfo tenant = context.require();
        SiteView view = currentSite();
        Map<String, Object> data = new HashMap<>(pageData);
        data.put("site", view);
        data.put("footer", view.footer());
        data.put("channels", view.channels());
        return renderer.render(tenant.theme(), template, data);
    }
}
