package cn.gov.baoji.portal.admin.security;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * Logging out: a form post carrying the CSRF token, so that no other site can log a webmaster out
 * with a link or an image. It ends the platform's session and Keycloak's, whose single sign-on
 * spans the console and every county. {@code GET /logout} only shows the form.
 */
@Path("/logout")
public class LogoutPages {

    private final CurrentIdentityAssociation identities;
    private final OidcSession session;
    private final IdentityConfig identity;
    private final TenancyConfig tenancy;

    LogoutPages(CurrentIdentityAssociation identities, OidcSession session, IdentityConfig identity,
            TenancyConfig tenancy) {
        this.identities = identities;
        this.session = session;
        this.identity = identity;
        this.tenancy = tenancy;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public TemplateInstance confirm() {
        return Templates.confirm();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logOut(@Context HttpServerRequest request) {
        SecurityIdentity signedIn = identities.getIdentity();
        if (signedIn == null || signedIn.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        IdTokenCredential idToken = signedIn.getCredential(IdTokenCredential.class);
        session.logout().await().indefinitely();
        return Response.seeOther(endOfSingleSignOn(request, idToken == null ? null : idToken.getToken())).build();
    }

    /** Keycloak's end-session endpoint, which ends its session and sends the browser back to the site's home page. */
    private URI endOfSingleSignOn(HttpServerRequest request, String idToken) {
        String home = BrowserOrigin.ofRequest(request.scheme(), request.getHeader("Host"),
                request.getHeader("X-Forwarded-Proto"), request.getHeader("X-Forwarded-Host"), tenancy.trustForwardedHost())
                .map(origin -> origin + "/").orElse("/");
        StringBuilder url = new StringBuilder(identity.keycloakUrl()).append("/realms/").append(identity.realm())
                .append("/protocol/openid-connect/logout?client_id=").append(encode(identity.webClientId()))
                .append("&post_logout_redirect_uri=").append(encode(home));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        return URI.create(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
