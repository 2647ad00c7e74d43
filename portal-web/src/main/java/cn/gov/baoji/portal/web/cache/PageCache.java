package cn.gov.baoji.portal.web.cache;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.gov.baoji.portal.admin.security.AdminPaths;
import cn.gov.baoji.portal.core.content.ContentJobs;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.service.ServiceViews;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.site.AccessibilityResource;
import cn.gov.baoji.portal.web.site.DraftPreview;
import cn.gov.baoji.portal.web.stats.PageViews;

/**
 * Keeps rendered anonymous public pages and API answers per county in memory. An entry is used
 * while its county's public content version is unchanged (publishing, withdrawing, channel or
 * department changes move it) and for at most {@code portal.page-cache.max-age-seconds}, which
 * bounds how long another instance's change takes to show here.
 * <p>
 * Only known query parameters make a page cacheable, so junk queries cannot fill memory; feeds,
 * sitemap and robots.txt are not cached. All counties share one budget of
 * {@code portal.page-cache.max-megabytes}; when it is full the least recently used pages make room
 * ({@link PageStore}).
 */
@Singleton
public class PageCache {

    private static final String VERSION = "page-cache-version";
    private static final Set<String> QUERY_PARAMETERS = Set.of("page", "size", "node", "department", "topic", "channel", "status");
    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d{1,18})");
    private static final Pattern SERVICE_GUIDE = Pattern.compile("/services/([0-9A-Z][0-9A-Z-]{2,39})");

    private final TenantContext tenant;
    private final PublicContentVersion versions;
    private final ContentJobs jobs;
    private final ServiceViews serviceViews;
    private final long maxAgeMillis;
    private final boolean enabled;
    private final DraftPreview preview;
    private final PageStore pages;
    private final PageViews pageViews;

    PageCache(TenantContext tenant, PublicContentVersion versions, ContentJobs jobs, ServiceViews serviceViews,
            DraftPreview preview, PageViews pageViews,
            @ConfigProperty(name = "portal.page-cache.max-age-seconds", defaultValue = "60") long maxAgeSeconds,
            @ConfigProperty(name = "portal.page-cache.max-megabytes", defaultValue = "64") long maxMegabytes,
            @ConfigProperty(name = "portal.page-cache.enabled", defaultValue = "true") boolean enabled) {
        this.tenant = tenant;
        this.versions = versions;
        this.jobs = jobs;
        this.serviceViews = serviceViews;
        this.maxAgeMillis = maxAgeSeconds * 1000;
        this.enabled = enabled;
        this.preview = preview;
        this.pageViews = pageViews;
        this.pages = new PageStore(maxMegabytes * 1024 * 1024, System::currentTimeMillis);
    }

    @ServerRequestFilter(priority = 300)
    public Optional<Response> serveFromCache(ContainerRequestContext request) {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // The version as the request starts: what it renders can be no newer than this.
        long version = versions.current(tenant.require().code().value());
        Optional<PageStore.Page> page = pages.get(key.get(), version, maxAgeMillis);
        if (page.isEmpty()) {
            request.setProperty(VERSION, version);
            return Optional.empty();
        }
        Matcher article = ARTICLE.matcher(request.getUriInfo().getPath());
        if (article.matches()) {
            jobs.countView(tenant.require().code(), Long.parseLong(article.group(1)));
        }
        Matcher guide = SERVICE_GUIDE.matcher(request.getUriInfo().getPath());
        if (guide.matches()) {
            // A cached guide page was published when it was kept, at the version still current.
            serviceViews.count(tenant.require().code(), guide.group(1));
        }
        if (page.get().viewTarget() != null) {
            // Counted by PageViews like a page rendered now: the attribution its resource made is given back.
            pageViews.attribute(page.get().viewTarget());
        }
        return Optional.of(Response.ok(page.get().body(), page.get().contentType()).header("X-Page-Cache", "hit").build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        Object version = request.getProperty(VERSION);
        if (version == null) {
            // Not cacheable here; a page with an unpublished look must not be kept by a cache on the way either.
            if (preview.requested() && preview.draft().isPresent()) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
                response.getHeaders().add(HttpHeaders.VARY, "Cookie");
            }
            return;
        }
        if (response.getStatus() != 200 || !(response.getEntity() instanceof String body)) {
            return;
        }
        // A page made for one browser (a form with its CSRF token, a cookie of its own), or one that must be
        // fresh on every request (a live interview), says so in its Cache-Control and is never kept here.
        String control = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (control != null && (control.contains("no-store") || control.contains("private") || control.contains("no-cache"))) {
            return;
        }
        key(request).ifPresent(k -> {
            MediaType type = response.getMediaType();
            pages.put(k, body, type == null ? MediaType.TEXT_HTML + ";charset=UTF-8" : type.toString(), (Long) version,
                    pageViews.attributed().orElse(null));
        });
    }

    /** Only anonymous GETs of public pages with known parameters, on a county host, are cached. */
    private Optional<String> key(ContainerRequestContext request) {
        if (!enabled || !HttpMethod.GET.equals(request.getMethod()) || tenant.tenant().isEmpty()
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (AdminPaths.isAdministrative(path) || path.startsWith("/attachments") || path.startsWith("/logout")
                || path.startsWith("/accessibility") || path.endsWith(".xml") || path.endsWith(".atom")
                || path.endsWith(".txt")) {
            return Optional.empty();
        }
        if (!QUERY_PARAMETERS.containsAll(request.getUriInfo().getQueryParameters().keySet())) {
            return Optional.empty();
        }
        // The webmaster previewing a draft sees pages made for them alone; anyone else merely
        // sending the cookie is served from the cache like everybody.
        if (preview.requested() && preview.draft().isPresent()) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && query.length() > 200) {
            return Optional.empty();
        }
        Cookie elder = request.getCookies().get(AccessibilityResource.ELDER_COOKIE);
        String mode = elder != null && "1".equals(elder.getValue()) ? "|elder" : "";
        return Optional.of(tenant.require().code().value() + mode + "|" + path + (query == null ? "" : "?" + query));
    }
}
