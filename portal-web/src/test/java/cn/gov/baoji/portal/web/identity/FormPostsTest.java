package cn.gov.baoji.portal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Form posts of signed-in people come only from the site's own origin: scheme, host and port. */
@QuarkusTest
class FormPostsTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), "fufeng", "console");
    }

    @Test
    void aPostFromAnotherPortOrSchemeOfTheSameHostIsRefused() {
        BrowserSession webmaster = signedIn("fufeng", "fufeng-webmaster");
        String token = BrowserSession.csrfToken(webmaster.open(url("fufeng", "/admin/look/")));
        for (String origin : List.of("http://fufeng.localhost:9999", "https://fufeng.localhost:" + root.getPort(),
                "http://fufeng.localhost")) {
            Response refused = webmaster.post(url("fufeng", "/admin/look/preview/site"), Map.of("csrf-token", token),
                    Map.of("Origin", origin));
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.contentType()).as(origin).startsWith("text/html");
            assertThat(refused.asString()).as(origin).contains("此表单只能从本网站提交。请打开本站页面后重新操作。");
        }
        // Nothing happened: still signed in.
        Response home = webmaster.open(url("fufeng", "/admin/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).contains("扶风县人民政府 · 后台管理");
    }

    private BrowserSession signedIn(String county, String username) {
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url(county, "/admin/")), username, KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).as("signed in as " + username).isEqualTo(200);
        return browser;
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
