package cn.gov.baoji.portal.admin.security;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.core.security.AccessDeniedException;

/**
 * Refuses a form post that the browser says came from another site, before the CSRF token is even
 * looked at. The token alone cannot stop a sibling host (another county, any other system under
 * the same domain) that plants its own token cookie; the browser's own account of where the post
 * came from can. Browsers too old to send either header fall back to the token.
 */
public class SameOriginForms {

    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ServerRequestFilter(preMatching = true, priority = 100)
    public void refuseCrossSitePosts(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        // The JSON API authenticates with bearer tokens, which another site cannot make a browser send.
        if (SAFE.contains(request.getMethod()) || path.equals("/api") || path.startsWith("/api/")) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        if (fetchSite != null) {
            if (!fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
                throw refused();
            }
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !hostOf(origin).equalsIgnoreCase(request.getUriInfo().getRequestUri().getHost())) {
            throw refused();
        }
    }

    /** The host name only: behind a TLS proxy the scheme and port this instance sees differ from the browser's. */
    private static String hostOf(String origin) {
        try {
            String host = URI.create(origin.strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static AccessDeniedException refused() {
        return new AccessDeniedException("此表单只能从本网站提交。请打开本站页面后重新操作。");
    }
}
