package cn.gov.baoji.portal.web.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/service-guide.mjs}: a citizen finds 生育登记 by life event and downloads
 * its form in real Chromium; axe-core on the service pages in every shipped theme and the elder mode.
 */
@QuarkusTest
class ServiceBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Test
    void theWebmasterAndTheCityOfficeWorkWithGuidesAndTheCatalogue() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "taibai", "console");
        String output = NodeScript.run("service-backoffice.mjs", 4, String.valueOf(root.getPort()), "target/screenshots",
                "taibai", "taibai-webmaster", KeycloakTokens.DEMO_PASSWORD);
        assertThat(output).contains("uploaded a form under its Chinese name");
    }

    @Test
    void aCitizenFindsAGuideByLifeEventAndDownloadsItsForm() throws Exception {
        String output = NodeScript.run("service-guide.mjs", 6, String.valueOf(root.getPort()), "target/screenshots");
        assertThat(output).contains("downloaded the form");
    }
}
