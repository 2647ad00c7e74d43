package cn.gov.baoji.portal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.Api;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Form posts of signed-in people: only from the site's own origin (scheme, host and port), logging
 * out only by a form post with the CSRF token, and the CSRF cookie only where forms are.
 */
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
        String token = BrowserSession.csrfToken(webmaster.open(url("fufeng", "/admin/")));
        for (String origin : List.of("http://fufeng.localhost:9999", "https://fufeng.localhost:" + root.getPort(),
                "http://fufeng.localhost")) {
            Response refused = webmaster.post(url("fufeng", "/logout"), Map.of("csrf-token", token), Map.of("Origin", origin));
            assertThat(refused.statusCode()).as(origin).isEqualTo(403);
            assertThat(refused.contentType()).as(origin).startsWith("text/html");
            assertThat(refused.asString()).as(origin).contains("此表单只能从本网站提交。请打开本站页面后重新操作。");
        }
        // Nothing happened: still signed in.
        Response home = webmaster.open(url("fufeng", "/admin/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).contains("扶风县人民政府 · 后台管理");
    }

    @Test
    void logoutIsAFormPostWithTheCsrfToken() {
        BrowserSession webmaster = signedIn("fufeng", "fufeng-webmaster");
        Response home = webmaster.open(url("fufeng", "/admin/"));
        // The back office's "退出登录" is a form with the token, not a link.
        assertThat(home.asString()).contains("<form method=\"post\" action=\"/logout\" class=\"logout-form\">")
                .doesNotContain("href=\"/logout\"");

        // A plain GET, e.g. an <img src="/logout"> on another site, only shows the form.
        Response confirm = webmaster.open(url("fufeng", "/logout"));
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString()).contains("确定要退出登录吗？").contains("name=\"csrf-token\"");
        assertThat(webmaster.open(url("fufeng", "/admin/")).statusCode()).isEqualTo(200);

        // A post without the token changes nothing either.
        Response forged = webmaster.post(url("fufeng", "/logout"), Map.of());
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("表单已失效");
        assertThat(webmaster.open(url("fufeng", "/admin/")).statusCode()).isEqualTo(200);

        Response loggedOut = webmaster.post(url("fufeng", "/logout"), Map.of("csrf-token", BrowserSession.csrfToken(confirm)),
                Map.of("Origin", "http://fufeng.localhost:" + root.getPort()));
        assertThat(loggedOut.statusCode()).isEqualTo(303);
        assertThat(loggedOut.getHeader("Location")).startsWith(KeycloakTokens.keycloakUrl()
                + "/realms/baoji/protocol/openid-connect/logout?client_id=portal-web&post_logout_redirect_uri="
                + URLEncoder.encode(url("fufeng", "/"), StandardCharsets.UTF_8) + "&id_token_hint=");
        Response afterKeycloak = webmaster.open(loggedOut.getHeader("Location"));
        assertThat(webmaster.lastUrl()).isEqualTo(url("fufeng", "/"));
        assertThat(afterKeycloak.statusCode()).isEqualTo(200);

        // Both sessions ended: the back office asks for a login again, Keycloak does not skip it.
        webmaster.open(url("fufeng", "/admin/"));
        assertThat(webmaster.lastUrl()).startsWith(KeycloakTokens.keycloakUrl() + "/realms/baoji/protocol/openid-connect/auth");
    }

    @Test
    void theCsrfCookieIsSetOnlyWherePagesHaveForms() {
        for (String path : List.of("/api/v1/site", "/channels/tzgg/feed.atom", "/sitemap.xml", "/robots.txt", "/",
                "/api/v1/nothing-here")) {
            Response response = Api.anonymous("fufeng").get(path);
            assertThat(csrfCookies(response)).as(path).isEmpty();
        }
        BrowserSession webmaster = signedIn("fufeng", "fufeng-webmaster");
        assertThat(csrfCookies(webmaster.open(url("fufeng", "/admin/")))).hasSize(1);
        assertThat(csrfCookies(webmaster.open(url("fufeng", "/logout")))).hasSize(1);
        // Signed in or not, public pages of the same host still set none.
        assertThat(csrfCookies(webmaster.open(url("fufeng", "/")))).isEmpty();
    }

    private static List<String> csrfCookies(Response response) {
        return response.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("csrf-token=")).toList();
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
