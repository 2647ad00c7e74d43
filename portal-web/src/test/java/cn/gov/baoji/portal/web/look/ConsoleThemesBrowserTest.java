package cn.gov.baoji.portal.web.look;

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
 * Runs {@code src/test/browser/console-themes.mjs}: the city administrator signs in to the console
 * and sees every county's home page live on the 各区县主题 page (the county pages allow the console,
 * and only it, to frame them). Screenshot: {@code target/screenshots/console-themes.png}.
 */
@QuarkusTest
class ConsoleThemesBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Test
    void consoleShowsEveryCountyHomePageSideBySide() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "console");
        String output = NodeScript.run("console-themes.mjs", 3, String.valueOf(root.getPort()), "target/screenshots",
                "city-admin", KeycloakTokens.DEMO_PASSWORD);
        assertThat(output).contains("the console shows every county home page side by side");
    }
}
