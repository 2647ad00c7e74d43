package cn.gov.baoji.portal.admin.look;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.look.FooterFacts;
import cn.gov.baoji.portal.core.look.LookAsset;
import cn.gov.baoji.portal.core.look.LookAssets;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.look.LookVersion;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.ChannelService;
import cn.gov.baoji.portal.core.site.ChannelService.ChannelDetails;
import cn.gov.baoji.portal.core.site.SiteLook;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.ThemeException;
import cn.gov.baoji.portal.themes.ThemeRenderer;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.engine.RenderRefusedException;

/**
 * The county's look: a draft the webmaster edits and previews, publishing it, and restoring any
 * earlier version. A draft is checked before it is saved: the theme exists, images and channels
 * are this county's, template overrides parse, reach only the page's data and render the real home
 * page; custom CSS loads nothing remote.
 */
@Path("/api/admin/look")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class LookAdminResource {

    private static final Logger LOG = Logger.getLogger(LookAdminResource.class);

    private final LookStore store;
    private final LookAssets assets;
    private final ThemeRenderer renderer;
    private final ThemeCatalog themes;
    private final LookPreviewer previewer;
    private final ChannelService channels;
    private final SiteService site;
    private final TenantContext tenant;
    private final Caller caller;

    LookAdminResource(LookStore store, LookAssets assets, ThemeRenderer renderer, ThemeCatalog themes,
            LookPreviewer previewer, ChannelService channels, SiteService site, TenantContext tenant, Caller caller) {
        this.store = store;
        this.assets = assets;
        this.renderer = renderer;
        this.themes = themes;
        this.previewer = previewer;
        this.channels = channels;
        this.site = site;
        this.tenant = tenant;
        this.caller = caller;
    }

    /**
     * A version as the back office lists it.
     *
     * @param draftToken for the draft: what to send as {@code basedOn} with the next change
     */
    public record VersionView(long id, String state, String savedBy, String savedAt, String publishedAt,
            String draftToken) {

        static VersionView of(LookVersion v) {
            return new VersionView(v.getId(), v.getState().name(), v.getSavedBy(), String.valueOf(v.getSavedAt()),
                    v.getPublishedAt() == null ? null : String.valueOf(v.getPublishedAt()),
                    v.getState() == LookVersion.State.DRAFT ? v.draftToken() : null);
        }
    }

    /** An uploaded logo or banner; put its id in the draft to use it. */
    public record AssetView(long id, String kind, String contentType, int width, int height) {

        static AssetView of(LookAsset a) {
            return new AssetView(a.getId(), a.getKind().name().toLowerCase(Locale.ROOT), a.getContentType(), a.getWidth(),
                    a.getHeight());
        }
    }

    /**
     * Everything the look editor shows.
     *
     * @param current the draft if there is one, else the published look, else the county's look as provisioned
     * @param registeredFooter the footer facts registered with the county, shown while the look has none of its own
     * @param draftToken the draft as seen now, to send back as {@code basedOn}
     */
    public record Overview(LookSettings draft, LookSettings published, LookSettings current,
            FooterFacts registeredFooter, String draftToken, List<String> themes, List<ChannelDetails> channels,
            List<VersionView> history) {
    }

    @GET
    public Overview overview() {
        LookStore.Current looks = store.current();
        LookSettings draft = looks.draft().map(LookStore.Saved::settings).orElse(null);
        LookSettings published = looks.published().map(LookStore.Saved::settings).orElse(null);
        LookSettings current = draft != null ? draft : published != null ? published : provisioned();
        return new Overview(draft, published, current, registeredFooter(), looks.token(),
                themes.shipped(), channels.all(),
                store.history().stream().map(VersionView::of).toList());
    }

    /**
     * Saves the draft. {@code basedOn} (optional: the {@code draftToken} of the overview or of the
     * last save) turns a change made meanwhile into a 409 instead of overwriting it.
     */
    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public VersionView saveDraft(LookSettings settings, @QueryParam("basedOn") String basedOn) {
        if (settings == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        if (!themes.shipped().contains(settings.theme())) {
            throw new InvalidInputException("theme", "主题不存在：" + settings.theme());
        }
        assets.requireAll(settings);
        Set<String> known = channels.all().stream().map(ChannelDetails::code).collect(Collectors.toSet());
        settings.channelCodes().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
            throw new InvalidInputException("channels", "栏目“" + code + "”不存在");
        });
        if (!settings.templates().isEmpty()) {
            renderer.checkOverrides(settings.theme(), settings.templates());
            List<String> pages = trialRender(settings);
            RequiredParts.check(pages.get(0), requiredFooterFacts(settings));
        }
        return VersionView.of(store.saveDraft(settings, caller.displayName(), basedOn).version());
    }

    /**
     * Uploads a logo or banner as the raw request body (PNG, JPEG or GIF; logo up to 1 MB, banner up
     * to 3 MB). It is not shown anywhere until a draft names it and is published.
     */
    @POST
    @Path("assets")
    @Consumes(MediaType.WILDCARD)
    @ResponseStatus(201)
    public AssetView upload(@QueryParam("kind") String kind, byte[] body) {
        return AssetView.of(assets.store(LookAsset.Kind.named(kind), body, caller.displayName()));
    }

    @POST
    @Path("publish")
    public VersionView publish(@QueryParam("basedOn") String basedOn) {
        return VersionView.of(store.publishDraft(caller.displayName(), basedOn).version());
    }

    @POST
    @Path("versions/{id}/restore")
    public VersionView restore(@PathParam("id") long id) {
        return VersionView.of(store.restore(id, caller.displayName()).version());
    }

    /**
     * Renders one page of every kind with the overrides and the county's real data, each within the
     * render bounds; the first is the home page. A template that fails or passes a bound is refused.
     */
    private List<String> trialRender(LookSettings settings) {
        try {
            return previewer.previewEveryKindOfPage(settings);
        } catch (ThemeException | RenderRefusedException e) {
            throw new InvalidInputException("templates", "使用自定义模板“" + String.join("”“", settings.templates().keySet())
                    + "”时页面无法显示：" + e.getMessage());
        }
    }

    /** The 主办单位 and 网站标识码 the look's footer must show: its own, else the registered ones. */
    private List<String> requiredFooterFacts(LookSettings settings) {
        FooterFacts own = settings.footer();
        String organizer = own != null ? own.organizer() : site.footer().organizer();
        String identifier = own != null && own.siteIdentifier() != null ? own.siteIdentifier()
                : tenant.require().siteIdentifier();
        return Arrays.asList(organizer, identifier);
    }

    /** The look the county had before any version was saved: its theme, colours and footer as provisioned. */
    private LookSettings provisioned() {
        TenantInfo t = tenant.require();
        SiteLook colours = site.look();
        return new LookSettings(t.theme(), colours.primaryColor(), colours.secondaryColor(), null, Map.of(), null, null,
                null, null, null, null);
    }

    private FooterFacts registeredFooter() {
        try {
            return FooterFacts.of(site.footer(), tenant.require().siteIdentifier());
        } catch (InvalidInputException e) {
            // Registered facts that today's rules refuse: the webmaster fills the footer in anew.
            LOG.warnf("Registered footer facts of %s break today's rules (%s); the look editor starts empty",
                    tenant.require().code().value(), e.getMessage());
            return null;
        }
    }
}
