package cn.gov.baoji.portal.admin.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.core.security.LoginUnavailableException;
import io.smallrye.mutiny.Uni;

/**
 * When someone without a session opens a page that needs login while Keycloak cannot be reached,
 * answer with a clear Chinese message instead of a failed redirect. Public pages never get here.
 */
public class LoginAvailabilityFilter {

    private static final Logger LOG = Logger.getLogger(LoginAvailabilityFilter.class);
    private static final String SESSION_COOKIE = "q_session";

    private final IdentityConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean lastAnswer = true;
    private volatile long answeredAt;

    LoginAvailabilityFilter(IdentityConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true, priority = 200)
    public Uni<Response> checkLoginService(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!AdminPaths.isLoginPage(path) || hasSession(request)) {
            return Uni.createFrom().nullItem();
        }
        return reachable().map(up -> {
            if (!up) {
                throw new LoginUnavailableException();
            }
            return null;
        });
    }

    private static boolean hasSession(ContainerRequestContext request) {
        return request.getCookies().keySet().stream().anyMatch(name -> name.startsWith(SESSION_COOKIE));
    }

    private Uni<Boolean> reachable() {
        if (System.currentTimeMillis() - answeredAt < config.availabilityCacheTime().toMillis()) {
            return Uni.createFrom().item(lastAnswer);
        }
        URI discovery = URI.create(config.keycloakUrl() + "/realms/" + config.realm() + "/.well-known/openid-configuration");
        HttpRequest probe = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(3)).GET().build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(probe, HttpResponse.BodyHandlers.discarding()))
                .map(response -> response.statusCode() == 200)
                .onFailure().recoverWithItem(false)
                .invoke(up -> {
                    if (!up && lastAnswer) {
                        LOG.warnf("Keycloak at %s is unreachable; sign-in pages answer 503 until it is back", discovery);
                    }
                    lastAnswer = up;
                    answeredAt = System.currentTimeMillis();
                });
    }
}
