package cn.gov.baoji.portal.admin.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets citizens' form posts on public pages (a comment on a consultation, and the like) past the
 * CSRF check, which quarkus-rest-csrf applies to every form post and which those posts cannot pass:
 * the pages are cached, carry no cookie ({@link CsrfCookieScope}) and so no token. They need none:
 * they act for nobody (public endpoints never read a session), an ALTCHA proof of work and rate
 * limits guard them, and {@link SameOriginForms} still refuses a post the browser says came from
 * another site. The extension has no per-path switch, so such a request is given a fresh token pair
 * (cookie and header) before the check reads it. Back-office, console and logout posts are left
 * alone: there the token is what protects the signed-in person.
 */
@Singleton
class PublicFormPosts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String cookieName;
    private final String headerName;
    private final Pattern existing;

    PublicFormPosts(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName) {
        this.cookieName = cookieName;
        this.headerName = headerName;
        this.existing = Pattern.compile("(?:^|;\\s*)" + Pattern.quote(cookieName) + "=([^;]*)");
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::exempt);
    }

    private void exempt(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (isPublicFormPost(request.method(), request.path(), request.getHeader(HttpHeaders.CONTENT_TYPE))) {
            String cookies = request.getHeader(HttpHeaders.COOKIE);
            Matcher present = cookies == null ? null : existing.matcher(cookies);
            String token;
            if (present != null && present.find()) {
                // A staff member's browser already holds one (back-office pages set it): the check reads that one.
                token = present.group(1);
            } else {
                byte[] bytes = new byte[16];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                String pair = cookieName + "=" + token;
                request.headers().set(HttpHeaders.COOKIE, cookies == null || cookies.isBlank() ? pair : cookies + "; " + pair);
            }
            request.headers().set(headerName, token);
        }
        routing.next();
    }

    static boolean isPublicFormPost(HttpMethod method, String path, String contentType) {
        if (method != HttpMethod.POST || path == null || contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
        return form && !AdminPaths.isAdministrative(path) && !path.equals("/logout") && !path.startsWith("/logout/");
    }
}
