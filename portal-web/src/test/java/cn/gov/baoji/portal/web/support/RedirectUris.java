package cn.gov.baoji.portal.web.support;

import java.util.Arrays;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;

import cn.gov.baoji.portal.admin.account.KeycloakTenantGroups;

/** The test app listens on a random port; the realm lists the usual 8080 only. */
public final class RedirectUris {

    private RedirectUris() {
    }

    public static void allow(Keycloak keycloak, int port, String... hosts) {
        ClientRepresentation found = keycloak.realm("baoji").clients().findByClientId("portal-web").get(0);
        KeycloakTenantGroups.addRedirectUris(keycloak.realm("baoji").clients().get(found.getId()),
                Arrays.stream(hosts).map(host -> "http://" + host + ".localhost:" + port + "/*").toList());
    }
}
