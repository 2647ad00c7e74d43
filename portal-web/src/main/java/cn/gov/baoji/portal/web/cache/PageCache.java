package cn.gov.baoji.portal.web.cache;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.site.AccessibilityResource;
import cn.gov.baoji.portal.web.site.DraftPreview;

/**
 * Keeps rendered anonymous public pages and API answers per county in memory. An entry is used
 * while its county's public content version is unchanged (publishing, withdrawing, channel or
 * department changes move it) and for at most {@code portal.page-cache.max-age-seconds}, which
 * bounds how long another instance's change takes to show here.
 * <p>
 * Only known query parameters make a page cacheable, so junk queries cannot fill memory; pages
 * whose links depend on the request's host (feeds, sitemap, robots.txt) are never cached.
 */
public class PageCache {

    private static final String VERSION = "page-cache-version";
    private static final Set<String> QUERY_PARAMETERS = Set.of("page", "size", "node", "department", "topic", "channel");
    private static final Pattern ARTICLE = Pattern.compile("/articles/(\\d{1,18})");
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private record Entry(String body, String contentType, long version, long storedAt) {
    }

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static final AtomicLong BYTES = new AtomicLong();

    private final TenantContext tenant;
    private final PublicContentVersion versions;
    private final ContentJobs jobs;
    private final long maxAgeMillis;
    private final boolean enabled;
    private final DraftPreview preview;

    PageCache(TenantContext tenant, PublicContentVersion versions, ContentJobs jobs, DraftPreview preview,
            @ConfigProperty(name = "portal.page-cache.max-age-seconds", defaultValue = "60") long maxAgeSeconds,
            @ConfigProperty(name = "portal.page-cache.enabled", defaultValue = "true") boolean enabled) {
        this.tenant = tenant;
        this.versions = versions;
        this.jobs = jobs;
        this.maxAgeMillis = maxAgeSeconds * 1000;
        this.enabled = enabled;
        this.preview = preview;
    }

    @ServerRequestFilter(priority = 300)
    public Optional<Response> serveFromCache(ContainerRequestContext request) {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // The version as the request starts: what it renders can be no newer than this.
        long version = versions.current(tenant.require().code().value());
        Entry entry = ENTRIES.get(key.get());
        if (entry == null || entry.version() != version || System.currentTimeMillis() - entry.storedAt() > maxAgeMillis) {
            request.setProperty(VERSION, version);
            return Optional.empty();
        }
        Matcher article = ARTICLE.matcher(request.getUriInfo().getPath());
        if (article.matches()) {
            jobs.countView(tenant.require().code(), Long.parseLong(article.group(1)));
        }
        return Optional.of(Response.ok(entry.body(), entry.contentType()).header("X-Page-Cache", "hit").build());
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
        key(request).ifPresent(k -> {
            if (BYTES.addAndGet(body.length() * 2L) > MAX_BYTES) {
                ENTRIES.clear();
                BYTES.set(body.length() * 2L);
            }
            MediaType type = response.getMediaType();
            ENTRIES.put(k, new Entry(body, type == null ? MediaType.TEXT_HTML + ";charset=UTF-8" : type.toString(),
                    (Long) version, System.currentTimeMillis()));
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
