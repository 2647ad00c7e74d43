package cn.gov.baoji.portal.web.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

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

/** Back-office and console pages log in through Keycloak's authorization-code flow, like a browser. */
@QuarkusTest
class CodeFlowLoginTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "taibai", "console");
    }

    @Test
    void webmasterLogsIntoTheirCountysBackOffice() {
        BrowserSession browser = new BrowserSession();
        Response loginPage = browser.open(url("weibin", "/admin/"));
        assertThat(browser.lastUrl()).startsWith(KeycloakTokens.keycloakUrl() + "/realms/baoji/");

        Response page = browser.logIn(loginPage, "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("渭滨区人民政府 · 后台管理").contains("渭滨区站点管理员")
                .contains("站点管理员").contains("<a href=\"/admin/accounts/\" id=\"home-accounts\">账号管理</a>");
        assertThat(browser.lastUrl()).isEqualTo(url("weibin", "/admin/"));

        // Same session, next page: no new login.
        Response again = browser.open(url("weibin", "/admin/"));
        assertThat(again.statusCode()).isEqualTo(200);
    }

    @Test
    void webmasterOfAnotherCountyIsRefusedWithChinese403() {
        BrowserSession browser = new BrowserSession();
        Response loginPage = browser.open(url("weibin", "/admin/"));
        Response page = browser.logIn(loginPage, "taibai-webmaster", KeycloakTokens.DEMO_PASSWORD);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("没有权限").contains("您的账号没有渭滨区人民政府的信息员权限")
                .doesNotContain("href=\"/admin/accounts/\"");
    }

    @Test
    void oneLoginWorksAcrossConsoleAndCounty() {
        BrowserSession browser = new BrowserSession();
        Response loginPage = browser.open(url("console", "/console/"));
        Response console = browser.logIn(loginPage, "city-admin", KeycloakTokens.DEMO_PASSWORD);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.asString()).contains("管理控制台").contains("太白县人民政府");
        Response themes = browser.open(url("console", "/console/themes"));
        assertThat(themes.statusCode()).isEqualTo(200);
        assertThat(themes.asString()).contains("经典红金（classic）").contains("简约现代（modern）")
                .contains("山水风光（landscape）").contains("渭滨区人民政府").contains("太白县人民政府");

        // Single sign-on: Keycloak's session cookie logs the same person into a county without a form.
        Response county = browser.open(url("taibai", "/admin/"));
        assertThat(county.statusCode()).isEqualTo(200);
        assertThat(county.asString()).contains("太白县人民政府 · 后台管理").contains("市级管理员");
    }

    @Test
    void consoleRefusesCountyAccounts() {
        BrowserSession browser = new BrowserSession();
        Response loginPage = browser.open(url("console", "/console/accounts"));
        Response page = browser.logIn(loginPage, "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("此功能仅限市电子政务办管理员使用");
    }

    @Test
    void consoleAccountFormsNeedTheCsrfToken() {
        BrowserSession browser = new BrowserSession();
        Response loginPage = browser.open(url("console", "/console/accounts"));
        Response page = browser.logIn(loginPage, "city-admin", KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("新建账号").contains("name=\"csrf-token\"");

        Response forged = browser.post(url("console", "/console/accounts"),
                java.util.Map.of("username", "forged-" + System.nanoTime(), "name", "伪造", "county", "weibin",
                        "role", "editor"));
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
