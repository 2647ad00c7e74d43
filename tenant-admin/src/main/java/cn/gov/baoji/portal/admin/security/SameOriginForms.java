package cn.gov.baoji.portal.admin.security;

import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a form post that the browser says came from another site, before the CSRF token is even
 * looked at. The token alone cannot stop a sibling host (another county, any other system under
 * the same domain) that plants its own token cookie; the browser's own account of where the post
 * came from can. {@code Origin} must name this site's scheme, host and port (as the browser sees
 * them: see {@link BrowserOrigin}). Browsers too old to send either header fall back to the token.
 */
public class SameOriginForms {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final TenancyConfig tenancy;

    SameOriginForms(TenancyConfig tenancy) {
        this.tenancy = tenancy;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public void refuseCrossSitePosts(ContainerRequestContext request, HttpServerRequest connection) {
        String path = request.getUriInfo().getPath();
        // The JSON API authenticates with bearer tokens, which another site cannot make a browser send.
        if (SAFE.contains(request.getMethod()) || path.equals("/api") || path.startsWith("/api/")) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw refused();
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin, connection.scheme(), request.getHeaderString("Host"),
                request.getHeaderString("X-Forwarded-Proto"), request.getHeaderString("X-Forwarded-Host"),
                tenancy.trustForwardedHost())) {
            throw refused();
        }
    }

    /** Whether an {@code Origin} header names the origin the request was sent to. */
    static boolean sameOrigin(String origin, String scheme, String host, String forwardedProto, String forwardedHost,
            boolean trustProxy) {
        Optional<BrowserOrigin> claimed = BrowserOrigin.parse(origin);
        Optional<BrowserOrigin> own = BrowserOrigin.ofRequest(scheme, host, forwardedProto, forwardedHost, trustProxy);
        return claimed.isPresent() && claimed.equals(own);
    }

    private static AccessDeniedException refused() {
        return new AccessDeniedException("此表单只能从本网站提交。请打开本站页面后重新操作。");
    }
}
