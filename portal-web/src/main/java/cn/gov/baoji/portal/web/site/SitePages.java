package cn.gov.baoji.portal.web.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.HomePage;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.PublishedLooks;
import cn.gov.baoji.portal.core.site.SiteLook;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.Theme;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.ThemeRenderer;
import cn.gov.baoji.portal.themes.engine.RenderRefusedException;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.service.ServicePageData;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders public pages of the request's site with its theme, the county's published look (or a
 * draft, for the webmaster's preview) and the data every page shows.
 */
@RequestScoped
public class SitePages {


    private final TenantContext context;
    private final SiteService site;
    private final ThemeRenderer renderer;
    private final ThemeCatalog themes;
    private final RoutingContext routing;
    private final PublishedLooks looks;
    private final PublicContent content;
    private final DraftPreview preview;
    private final ServicePageData services;

    SitePages(TenantContext context, SiteService site, ThemeRenderer renderer, ThemeCatalog themes,
            RoutingContext routing, PublishedLooks looks, PublicContent content, DraftPreview preview,
            ServicePageData services) {
        this.preview = preview;
        this.services = services;
        this.context = context;
        this.site = site;
        this.renderer = renderer;
        this.themes = themes;
        this.routing = routing;
        this.looks = looks;
        this.content = content;
    }

    /** How many covered articles the home page's 图片新闻 block shows. */
    private static final int PICTURE_NEWS = 4;

    /** The site's public facts, with the footer and navigation order of the published look. */
    public SiteView currentSite() {
        return siteWith(looks.current().orElse(null));
    }

    /** A page with the published look, or with the draft for its webmaster while previewing. */
    public String render(String template, Map<String, Object> pageData) {
        Optional<LookSettings> draft = preview.draft();
        return draft.isPresent() ? render(template, pageData, draft.get(), LookLinks.PREVIEW)
                : render(template, pageData, looks.current().orElse(null), LookLinks.PUBLISHED);
    }

    /** The home page, with the blocks the look chooses. */
    public String renderHome(LookSettings own, LookLinks links) {
        HomePage home = own == null ? HomePage.standard() : own.home();
        return render("home", Map.of("blocks", content.homeBlocks(home), "pictures", content.pictureNews(PICTURE_NEWS),
                "services", services.home()), own, links);
    }

    public String renderHome() {
        Optional<LookSettings> draft = preview.draft();
        return draft.isPresent() ? renderHome(draft.get(), LookLinks.PREVIEW)
                : renderHome(looks.current().orElse(null), LookLinks.PUBLISHED);
    }

    /**
     * Renders with a given look (the published one, or a draft for the webmaster's preview); without
     * one, the tenant's theme and colours as provisioned.
     */
    public String render(String template, Map<String, Object> pageData, LookSettings own, LookLinks links) {
        TenantInfo tenant = context.require();
        SiteView view = siteWith(own);
        Map<String, Object> data = new HashMap<>(pageData);
        data.put("site", view);
        data.put("footer", view.footer());
        data.put("channels", view.channels());
        Cookie elder = routing.request().getCookie(AccessibilityResource.ELDER_COOKIE);
        String theme = own != null ? own.theme() : tenant.theme();
        SiteLook colours = own != null ? own.colours() : site.look();
        Theme chosen = themes.findOrBase(theme);
        data.put("look", Look.of(chosen.variables(), colours, own, links, view.siteName(),
                elder != null && "1".equals(elder.getValue()), routing.request().uri()));
        Map<String, String> overrides = own == null ? Map.of() : own.templates();
        if (links.preview()) {
            // The webmaster sees why a draft cannot be shown (a Chinese page, 422).
            return renderer.renderDraft(theme, template, data, overrides);
        }
        try {
            return renderer.renderPublished(theme, template, data, overrides, tenant.code().value());
        } catch (RenderRefusedException e) {
            // The theme's own templates failed: our defect, not the county's; a 500 with an incident number.
            throw new IllegalStateException("Page '" + template + "' of theme '" + theme + "' failed: " + e.getMessage(), e);
        }
    }

    private SiteView siteWith(LookSettings own) {
        TenantInfo tenant = context.require();
        SiteView registered = SiteView.of(tenant, site.footer(), site.visibleChannels());
        if (own == null) {
            return registered;
        }
        FooterFacts facts = own.footer();
        return new SiteView(registered.code(), registered.name(), registered.siteName(), registered.kind(),
                registered.divisionCode(),
                facts != null && facts.siteIdentifier() != null ? facts.siteIdentifier() : registered.siteIdentifier(),
                facts != null ? facts.siteFooter() : registered.footer(), inNavOrder(registered.channels(), own.navOrder()));
    }

    /** Channels the look names first, in its order; the others after them, as they were. */
    private static List<ChannelView> inNavOrder(List<ChannelView> channels, List<String> order) {
        if (order.isEmpty()) {
            return channels;
        }
        List<ChannelView> sorted = new ArrayList<>(channels);
        sorted.sort(Comparator.comparingInt(c -> {
            int i = order.indexOf(c.code());
            return i < 0 ? order.size() : i;
        }));
        return sorted;
    }
}
