package cn.gov.baoji.portal.web.search;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/site-search.mjs}: search from the masthead by keyboard, filter, go city-wide,
 * the console's search pages; axe-core on the search pages in three themes and the elder mode.
 */
@QuarkusTest
class SearchBrowserTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Test
    void aCitizenSearchesFromTheMastheadAndTheCityAcrossEveryCounty() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), "console");
        String word = "zqbrowser" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "x");
        SearchFixtures.publish("weibin", "渭滨区秦岭生态保护通知 " + word, "渭滨区秦岭生态保护 " + word + " 工作安排。");
        SearchFixtures.publish("taibai", "太白县秦岭生态保护通知 " + word, "太白县秦岭生态保护 " + word + " 工作安排。");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> anonymous("weibin")
                .queryParam("scope", "city").queryParam("q", word).get("/search").asString().contains("找到约 2 条结果"));
        String output = NodeScript.run("site-search.mjs", 6, String.valueOf(root.getPort()), "target/screenshots", word,
                "city-admin", KeycloakTokens.DEMO_PASSWORD);
        assertThat(output).contains("searched from the masthead by keyboard");
    }
}
