package cn.gov.baoji.portal.web.support;

import java.util.ArrayList;
import java.util.List;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.representations.idm.ClientRepresentation;

/** The test app listens on a random port; the realm lists the usual 8080 only. */
public final class RedirectUris {

    private RedirectUris() {
    }

    public static void allow(Keycloak keycloak, int port, String... hosts) {
        ClientRepresentation found = keycloak.realm("baoji").clients().findByClientId("portal-web").get(0);
        ClientResource client = keycloak.realm("baoji").clients().get(found.getId());
        ClientRepresentation rep = client.toRepresentation();
        List<String> uris = new ArrayList<>(rep.getRedirectUris());
        boolean changed = false;
        for (String host : hosts) {
            String uri = "http://" + host + ".localhost:" + port + "/*";
            if (!uris.contains(uri)) {
                uris.add(uri);
                changed = true;
            }
        }
        if (changed) {
            rep.setRedirectUris(uris);
            client.update(rep);
        }
    }
}
