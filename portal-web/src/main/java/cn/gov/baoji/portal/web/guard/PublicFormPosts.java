package cn.gov.baoji.portal.web.guard;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Lets the anonymous public forms (a citizen's message, a lookup, a comment on a consultation) post
 * without a CSRF token.
 * Public pages set no CSRF cookie (they are cached and shared), so quarkus-rest-csrf, which checks
 * every form post, would refuse them all. A CSRF token guards a signed-in session against a forged
 * post; these forms have no session to ride on. What guards them instead: the browser's
 * same-origin check (SameOriginForms, which still runs), the proof of work, the honeypot and the
 * rate limits (SubmissionGuard). For exactly these paths the request is handed to the CSRF filter
 * with a fresh matching cookie and header, replacing any token cookie the browser sent.
 */
@Singleton
public class PublicFormPosts {

    private static final List<Pattern> PATHS = List.of(Pattern.compile("/messages/(new|lookup)"),
            Pattern.compile("/consultations/[0-9]{1,18}/comments"),
            // Online applications: the form of an item, the lookup with its material and rating forms, and the
            // multipart API (multipart bodies count as forms to the CSRF filter; JSON ones do not).
            Pattern.compile("/services/[A-Za-z0-9][A-Za-z0-9._\\-]{0,39}/apply"),
            Pattern.compile("/applications/(lookup|supplement|rate)"), Pattern.compile("/api/v1/applications"));

    private final SecureRandom random = new SecureRandom();
    private final String cookieName;
    private final String headerName;
    private final int tokenSize;

    PublicFormPosts(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN") String headerName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-size", defaultValue = "16") int tokenSize) {
        this.cookieName = cookieName;
        this.headerName = headerName;
        this.tokenSize = tokenSize;
    }

    /** Whether a POST to {@code path} is an anonymous public form. */
    public static boolean isPublicForm(String path) {
        return path != null && PATHS.stream().anyMatch(p -> p.matcher(path).matches());
    }

    void register(@Observes Router router) {
        // Before anything reads the request's cookies: Vert.x parses them once.
        router.route().order(Integer.MIN_VALUE).handler(this::vouch);
    }

    private void vouch(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        if (request.method() == HttpMethod.POST && isPublicForm(request.path())) {
            byte[] bytes = new byte[tokenSize];
            random.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String others = request.headers().getAll(HttpHeaders.COOKIE).stream()
                    .flatMap(header -> Arrays.stream(header.split(";")))
                    .map(String::strip)
                    .filter(c -> !c.isEmpty() && !c.startsWith(cookieName + "="))
                    .collect(Collectors.joining("; "));
            request.headers().set(HttpHeaders.COOKIE, (others.isEmpty() ? "" : others + "; ") + cookieName + "=" + token);
            request.headers().set(headerName, token);
        }
        routing.next();
    }
}
