package cn.gov.baoji.portal.web.stats;

import java.util.Optional;

import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.gov.baoji.portal.admin.security.AdminPaths;
import cn.gov.baoji.portal.core.stats.BotAgents;
import cn.gov.baoji.portal.core.stats.PageViewCounter;
import cn.gov.baoji.portal.core.stats.PageViewTarget;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.web.interaction.InteractionHub;
import cn.gov.baoji.portal.web.site.DraftPreview;
import io.vertx.ext.web.RoutingContext;

/**
 * 栏目点击: counts every public HTML page a county host answers with 2xx to a GET, whether rendered
 * now or served from the page cache, for the county, its channel and article ({@link PageViewCounter}).
 * Not counted: HEAD and other methods, errors and redirects, the back office, the console, APIs,
 * feeds and files, and a webmaster's preview of a draft look.
 * <p>
 * What a page counts for is decided here, in one place: from its path, except where only the page
 * knows (an article page names its article's channel with {@link #attribute}); the page cache keeps
 * that attribution with the page and gives it back on a hit.
 */
@Singleton
public class PageViews {

    private static final String TARGET = "portal.page-view-target";
    /** The fixed channels of feature pages, by path root. */
    private static final String DISCLOSURE_CHANNEL = "xxgk";
    private static final String SERVICE_CHANNEL = "bsfw";

    private final PageViewCounter counter;
    private final TenantContext tenant;
    private final RoutingContext routing;
    private final DraftPreview preview;

    PageViews(PageViewCounter counter, TenantContext tenant, RoutingContext routing, DraftPreview preview) {
        this.counter = counter;
        this.tenant = tenant;
        this.routing = routing;
        this.preview = preview;
    }

    /** The page being answered counts for {@code target} (its path alone does not say). */
    public void attribute(PageViewTarget target) {
        routing.put(TARGET, target);
    }

    /** What a page answered now was attributed to by its resource, if anything: the page cache keeps it. */
    public Optional<PageViewTarget> attributed() {
        return Optional.ofNullable(routing.get(TARGET));
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!counter.enabled() || !HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() < 200 || response.getStatus() > 299) {
            return;
        }
        Optional<TenantInfo> county = tenant.tenant();
        MediaType type = response.getMediaType();
        if (county.isEmpty() || type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (AdminPaths.isAdministrative(path) || path.startsWith("/api/") || path.startsWith("/q/")
                || (preview.requested() && preview.draft().isPresent())) {
            return;
        }
        PageViewTarget target = attributed().orElseGet(() -> byPath(path));
        counter.count(county.get().code(), target, BotAgents.isBot(request.getHeaderString(HttpHeaders.USER_AGENT)));
    }

    /** The channel of a page whose path says it: a channel's own pages and the feature pages under a fixed channel. */
    static PageViewTarget byPath(String path) {
        String[] parts = path.split("/");
        String root = parts.length > 1 ? parts[1] : "";
        return switch (root) {
            case "" -> PageViewTarget.HOME_PAGE;
            case "channels" -> parts.length == 3 && !parts[2].isEmpty() && parts[2].length() <= 41
                    ? PageViewTarget.channel(parts[2]) : PageViewTarget.OTHER_PAGE;
            case "messages", "surveys", "consultations", "interviews" -> PageViewTarget.channel(InteractionHub.CHANNEL);
            case "services", "applications" -> PageViewTarget.channel(SERVICE_CHANNEL);
            case "disclosure", "departments" -> PageViewTarget.channel(DISCLOSURE_CHANNEL);
            default -> PageViewTarget.OTHER_PAGE;
        };
    }
}
