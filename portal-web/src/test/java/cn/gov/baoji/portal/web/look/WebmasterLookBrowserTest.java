package cn.gov.baoji.portal.web.look;

import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/webmaster-look.mjs}: in real Chromium, the county's own webmaster
 * signs in through Keycloak, changes colours, site name and logo, previews, publishes, and restores
 * the earlier version, while a citizen's browser checks what the public sees at each step.
 * Screenshots go to {@code target/screenshots/look-*.png}.
 */
@QuarkusTest
class WebmasterLookBrowserTest {

    private static final String COUNTY = "lookweb";
    private static final String WEBMASTER = "lookweb-webmaster";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Test
    void webmasterChangesPreviewsPublishesAndRestoresTheLook() throws Exception {
        Counties.provision(provisioner, COUNTY, "观网区", "619920", "classic");
        RedirectUris.allow(keycloak, root.getPort(), COUNTY);
        TestAccounts.webmaster(keycloak, COUNTY, "观网区网站管理员");
        // The look that is live before the webmaster starts: the one to restore at the end.
        as(WEBMASTER, COUNTY).body(Map.of("theme", "classic", "primaryColor", "#a4161a"))
                .put("/api/admin/look/draft").then().statusCode(200);
        long before = as(WEBMASTER, COUNTY).post("/api/admin/look/publish").then().statusCode(200).extract().jsonPath()
                .getLong("id");

        Path logo = Path.of("target", "test-logo.png");
        Files.write(logo, TestImages.png(128, 128, new Color(0x0b, 0x6e, 0x4f)));
        String output = NodeScript.run("webmaster-look.mjs", 4, String.valueOf(root.getPort()), "target/screenshots",
                COUNTY, WEBMASTER, KeycloakTokens.DEMO_PASSWORD, logo.toString(), String.valueOf(before));

        assertThat(output).contains("the citizen saw each step");
    }
}
