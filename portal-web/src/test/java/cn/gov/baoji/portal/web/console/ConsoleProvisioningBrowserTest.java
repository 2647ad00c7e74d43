package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/console-provisioning.mjs}: in real Chromium the city administrator
 * provisions a county from the console form, watches the steps, opens the new site in its chosen
 * theme, and the county's new webmaster signs in with the one-time password and must change it.
 * axe-core checks every console page on the way. Screenshots: {@code target/screenshots/console-*.png}.
 */
@QuarkusTest
class ConsoleProvisioningBrowserTest {

    private static final String CODE = "gaoxinqu";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantStore store;

    @Test
    void cityAdminProvisionsACountyAndItsWebmasterSignsIn() throws Exception {
        // The realm knows port 8080 only; this run's port, for the console and the county to come.
        RedirectUris.allow(keycloak, root.getPort(), "console", CODE);
        String output = NodeScript.run("console-provisioning.mjs", 4, String.valueOf(root.getPort()),
                "target/screenshots", CODE, "619961", KeycloakTokens.DEMO_PASSWORD, "Gx-" + System.nanoTime());

        assertThat(output).contains("the city admin provisioned a county, watched it happen, and its webmaster signed in");
        TenantStore.Registration county = store.find(TenantCode.of(CODE)).orElseThrow();
        assertThat(county.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(county.tenant().theme()).isEqualTo("modern");
        assertThat(county.domains()).containsExactly(CODE + ".localhost", "www." + CODE + ".gov.cn");
    }
}
