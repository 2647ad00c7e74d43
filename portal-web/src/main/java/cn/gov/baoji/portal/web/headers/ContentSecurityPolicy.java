package cn.gov.baoji.portal.web.headers;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.baoji.portal.admin.security.AdminPaths;
import io.vertx.ext.web.Router;

/**
 * The Content-Security-Policy of every response, by path. Everything: own resources only, no
 * inline script. Framing: county public pages may be framed by the city console (its live
 * thumbnails, {@code portal.console.frame-origins}); back-office and console pages by nobody else;
 * only the console's theme overview may frame the county sites ({@code portal.console.preview-sources}).
 */
@ApplicationScoped
public class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final String BASE = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; worker-src 'self' blob:; base-uri 'self'; form-action 'self'; ";
    static final String THEMES_OVERVIEW = "/console/themes";

    private final String publicPages;
    private final String administrativePages;
    private final String themesOverview;

    ContentSecurityPolicy(@ConfigProperty(name = "portal.console.frame-origins") Optional<String> consoleOrigins,
            @ConfigProperty(name = "portal.console.preview-sources") Optional<String> countyHosts) {
        this.publicPages = BASE + "frame-src 'self'; frame-ancestors 'self'" + consoleOrigins.map(o -> " " + o).orElse("");
        this.administrativePages = BASE + "frame-src 'self'; frame-ancestors 'self'";
        this.themesOverview = BASE + "frame-src 'self'" + countyHosts.map(h -> " " + h).orElse("")
                + "; frame-ancestors 'self'";
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(rc -> {
            String policy = policyFor(rc.normalizedPath());
            rc.addHeadersEndHandler(v -> rc.response().headers().set(HEADER, policy));
            rc.next();
        });
    }

    String policyFor(String path) {
        if (path.equals(THEMES_OVERVIEW) || path.equals(THEMES_OVERVIEW + "/")) {
            return themesOverview;
        }
        return AdminPaths.isAdministrative(path) ? administrativePages : publicPages;
    }
}
