package cn.gov.baoji.portal.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Accounts of a test's own county, with a known password (the city console would issue a one-time one). */
public final class TestAccounts {

    private TestAccounts() {
    }

    /**
     * The webmaster {@code <county>-webmaster} of a county a test provisioned, created once.
     *
     * @return the username
     */
    public static String webmaster(Keycloak keycloak, String county, String displayName) {
        String username = county + "-webmaster";
        if (!keycloak.realm("baoji").users().searchByUsername(username, true).isEmpty()) {
            return username;
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName(displayName);
        user.setEmail(username + "@example.invalid");
        user.setEmailVerified(true);
        user.setGroups(List.of("/tenants/" + county + "/webmaster"));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(KeycloakTokens.DEMO_PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = keycloak.realm("baoji").users().create(user)) {
            assertThat(created.getStatus()).as("create " + username).isEqualTo(201);
        }
        return username;
    }
}
