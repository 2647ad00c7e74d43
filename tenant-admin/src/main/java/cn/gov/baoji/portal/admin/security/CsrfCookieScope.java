package cn.gov.baoji.portal.admin.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Keeps the CSRF cookie to the pages that render forms: the back office, the console and the logout
 * page. quarkus-rest-csrf sets it on every GET it sees; on public pages, feeds, sitemaps and the API
 * it only made responses uncacheable for shared caches and put a cookie on every visitor.
 * ({@code quarkus.rest-csrf.create-token-path} takes exact paths only, and the back office's form
 * pages have ids in theirs.) A public page with a form that posts back (a survey) asks to keep it
 * with {@link #keepFor(RoutingContext)}.
 */
@Singleton
public class CsrfCookieScope {

    private static final String KEEP = CsrfCookieScope.class.getName() + ".keep";

    private final String cookieName;

    CsrfCookieScope(@ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName) {
        this.cookieName = cookieName;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limit);
    }

    private void limit(RoutingContext routing) {
        if (!rendersForms(routing.request().path())) {
            // Dropped from what this response sets, not expired: the browser keeps the one a form page gave it.
            routing.addHeadersEndHandler(ignored -> {
                if (!Boolean.TRUE.equals(routing.get(KEEP))) {
                    routing.response().removeCookie(cookieName, false);
                }
            });
        }
        routing.next();
    }

    /**
     * For a public page that renders a form posting back to this site: its response keeps the CSRF
     * cookie, whose token the form carries. Such a page must not be kept by a shared cache.
     */
    public static void keepFor(RoutingContext routing) {
        routing.put(KEEP, Boolean.TRUE);
    }

    static boolean rendersForms(String path) {
        return path != null && (AdminPaths.isLoginPage(path) || path.equals("/logout"));
    }
}
