package cn.gov.baoji.portal.web.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * Keeps rendered anonymous public pages and API answers per county in memory. An entry is used
 * while its county's public content version is unchanged (publishing, withdrawing, channel or
 * department changes move it) and for at most {@code portal.page-cache.max-age}, which bounds how
 * long another instance's change takes to show here.
 */
public class PageCache {

    private static final String HIT = "page-cache-hit";
    private static final int MAX_ENTRIES = 20_000;

    private record Entry(String body, String contentType, long version, long storedAt) {
    }

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private final TenantContext tenant;
    private final PublicContentVersion versions;
    private final long maxAgeMillis;
    private final boolean enabled;

    PageCache(TenantContext tenant, PublicContentVersion versions,
            @ConfigProperty(name = "portal.page-cache.max-age-seconds", defaultValue = "60") long maxAgeSeconds,
            @ConfigProperty(name = "portal.page-cache.enabled", defaultValue = "true") boolean enabled) {
        this.tenant = tenant;
        this.versions = versions;
        this.maxAgeMillis = maxAgeSeconds * 1000;
        this.enabled = enabled;
    }

    @ServerRequestFilter(priority = 300)
    public Optional<Response> serveFromCache(ContainerRequestContext request) {
        Optional<String> key = key(request);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = ENTRIES.get(key.get());
        TenantInfo t = tenant.require();
        if (entry == null || entry.version() != versions.current(t.code().value())
                || System.currentTimeMillis() - entry.storedAt() > maxAgeMillis) {
            return Optional.empty();
        }
        request.setProperty(HIT, Boolean.TRUE);
        return Optional.of(Response.ok(entry.body(), entry.contentType()).header("X-Page-Cache", "hit").build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HIT) != null || response.getStatus() != 200 || !(response.getEntity() instanceof String body)) {
            return;
        }
        key(request).ifPresent(k -> {
            if (ENTRIES.size() >= MAX_ENTRIES) {
                ENTRIES.clear();
            }
            MediaType type = response.getMediaType();
            ENTRIES.put(k, new Entry(body, type == null ? MediaType.TEXT_HTML + ";charset=UTF-8" : type.toString(),
                    versions.current(tenant.require().code().value()), System.currentTimeMillis()));
        });
    }

    /** Only anonymous GETs of public paths on a county host are cached. */
    private Optional<String> key(ContainerRequestContext request) {
        if (!enabled || !HttpMethod.GET.equals(request.getMethod()) || tenant.tenant().isEmpty()
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/admin") || path.startsWith("/console") || path.startsWith("/api/admin")
                || path.startsWith("/api/console") || path.startsWith("/attachments") || path.startsWith("/logout")) {
            return Optional.empty();
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        return Optional.of(tenant.require().code().value() + "|" + path + (query == null ? "" : "?" + query));
    }
}
