package cn.gov.baoji.portal.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
        return account(keycloak, county + "-webmaster", displayName, county, "webmaster", null);
    }

    /**
     * An account with one role in a county a test provisioned, created once.
     *
     * @param role {@code webmaster}, {@code editor} or {@code contributor}
     * @param department the department code it is bound to (信息员、部门审核员), or null
     * @return the username
     */
    public static String account(Keycloak keycloak, String username, String displayName, String county, String role,
            String department) {
        if (!keycloak.realm("baoji").users().searchByUsername(username, true).isEmpty()) {
            return username;
        }
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName(displayName);
        user.setEmail(username + "@example.invalid");
        user.setEmailVerified(true);
        user.setGroups(List.of("/tenants/" + county + "/" + role));
        if (department != null) {
            user.setAttributes(Map.of("department", List.of(county + ":" + department)));
        }
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
