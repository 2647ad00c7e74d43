package cn.gov.baoji.portal.web.site;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.site.SiteLook;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.ThemeRenderer;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/** Renders public pages of the request's site with its theme and the data every page shows. */
@RequestScoped
public class SitePages {

    private final TenantContext context;
    private final SiteService site;
    private final ThemeRenderer renderer;
    private final ThemeCatalog themes;
    private final RoutingContext routing;
    private final LookStore looks;

    SitePages(TenantContext context, SiteService site, ThemeRenderer renderer, ThemeCatalog themes,
            RoutingContext routing, LookStore looks) {
        this.looks = looks;
        this.context = context;
        this.site = site;
        this.renderer = renderer;
        this.themes = themes;
        this.routing = routing;
    }

    public SiteView currentSite() {
        return SiteView.of(context.require(), site.footer(), site.visibleChannels());
    }

    public String render(String template, Map<String, Object> pageData) {
        return render(template, pageData, looks.published().map(LookStore.Saved::settings).orElse(null), "/look.css");
    }

    /**
     * Renders with a given look (the published one, or a draft for the webmaster's preview); without
     * one, the tenant's theme and colours as provisioned.
     */
    public String render(String template, Map<String, Object> pageData, LookSettings own, String customCssUrl) {
        TenantInfo tenant = context.require();
        SiteView view = currentSite();
        Map<String, Object> data = new HashMap<>(pageData);
        data.put("site", view);
        data.put("footer", view.footer());
        data.put("channels", view.channels());
        Cookie elder = routing.request().getCookie(AccessibilityResource.ELDER_COOKIE);
        String path = routing.request().uri();
        String theme = own != null ? own.theme() : tenant.theme();
        SiteLook colours = own != null ? own.colours() : site.look();
        String css = own != null && own.customCss() != null ? customCssUrl : null;
        data.put("look", Look.of(themes.findOrBase(theme).variables(), colours,
                elder != null && "1".equals(elder.getValue()), path, css));
        return renderer.render(theme, template, data, own == null ? Map.of() : own.templates());
    }
}
