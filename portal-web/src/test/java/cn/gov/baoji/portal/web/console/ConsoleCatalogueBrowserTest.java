package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.catalogue.CatalogueDrafts;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/console-catalogue.mjs}: in real Chromium the city administrator adds a
 * node in the catalogue tree editor, releases a new version with a note, and 渭滨区's public
 * disclosure page shows the node. Screenshots: {@code target/screenshots/catalogue-*.png}.
 */
@QuarkusTest
class ConsoleCatalogueBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    CatalogueDrafts drafts;

    @Inject
    CatalogueService catalogue;

    @Test
    void cityAdminReleasesANewNodeAndTheCountyShowsIt() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "console");
        if (drafts.current().changed()) {
            drafts.discard(drafts.current().revision());
        }
        int before = catalogue.current().version();

        String output = NodeScript.run("console-catalogue.mjs", 3, String.valueOf(root.getPort()), "target/screenshots",
                "weibin", KeycloakTokens.DEMO_PASSWORD);

        assertThat(output).contains("the released catalogue node shows on the county disclosure page");
        assertThat(catalogue.current().version()).isEqualTo(before + 1);
        assertThat(catalogue.cityNode("xczx").orElseThrow().parentCode()).isEqualTo("zdly");
    }
}
