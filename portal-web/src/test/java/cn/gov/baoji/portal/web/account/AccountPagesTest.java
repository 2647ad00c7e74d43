package cn.gov.baoji.portal.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/**
 * The back-office account pages as a browser uses them: forms keep what was typed and say in Chinese
 * what to fix; a webmaster reaches only their own county's contributors and reviewers; nobody else
 * reaches the pages; every form needs its CSRF token.
 */
@QuarkusTest
class AccountPagesTest {

    /** 陇县 manages accounts here; 凤县 is the other county. */
    private static final String COUNTY = "longxian";
    private static final String OTHER = "fengxian";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, OTHER);
    }

    @Test
    void refusedFormsKeepWhatWasTypedAndSayWhatToFix() {
        BrowserSession browser = signedIn(COUNTY, COUNTY + "-webmaster", "/admin/accounts/new");
        String username = "zhaomin-" + suffix();
        record Case(String what, Map<String, String> change, int status, String reason) {
        }
        for (Case c : new Case[] {
            new Case("duplicate username", Map.of("username", COUNTY + "-contributor"), 409,
                    "用户名已存在：" + COUNTY + "-contributor"),
            new Case("bad phone", Map.of("phone", "12345"), 400, "电话号码格式不正确，请填写 11 位手机号或带区号的固定电话"),
            new Case("unknown department", Map.of("department", "xyz"), 400, "本区县没有这个部门或乡镇，请从列表中选择"),
            // 双石铺镇 is 凤县's township, not 陇县's.
            new Case("another county's department", Map.of("department", "sspz"), 400, "本区县没有这个部门或乡镇，请从列表中选择"),
        }) {
            Map<String, String> form = new HashMap<>(Map.of("username", username, "name", "赵敏", "phone", "0917-4561234",
                    "email", username + "@example.invalid", "role", "reviewer", "department", "dfz"));
            form.putAll(c.change());
            Response page = post(browser, "/admin/accounts/new", "/admin/accounts/", form);
            assertThat(page.statusCode()).as(c.what()).isEqualTo(c.status());
            String html = page.asString();
            assertThat(html).as(c.what()).contains("未能创建账号：" + c.reason());
            for (String field : new String[] {"username", "name", "phone", "email"}) {
                assertThat(html).as(c.what() + " keeps " + field)
                        .contains("name=\"" + field + "\"").contains("value=\"" + form.get(field) + "\"");
            }
            assertThat(html).as(c.what() + " keeps the role").contains("<option value=\"reviewer\" selected>");
            assertThat(html).as(c.what() + " keeps the department")
                    .contains("<option value=\"" + form.get("department") + "\" selected>");
        }
        Response list = browser.open(url(COUNTY, "/admin/accounts/?q=" + username));
        assertThat(list.asString()).contains("共 0 个账号").contains("没有符合条件的账号");
    }

    @Test
    void aPageNumberThatIsNoNumberIsRefusedInChineseNamingIt() {
        BrowserSession browser = signedIn(COUNTY, COUNTY + "-webmaster", "/admin/accounts/");
        Response refused = browser.open(url(COUNTY, "/admin/accounts/?page=x"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("页码应为 1 到 10000 之间的整数");
    }

    @Test
    void webmasterCreatesDisablesEnablesResetsAndRebindsAReviewer() {
        BrowserSession browser = signedIn(COUNTY, COUNTY + "-webmaster", "/admin/accounts/new");
        String username = "sunli-" + suffix();
        Response created = post(browser, "/admin/accounts/new", "/admin/accounts/", Map.of("username", username,
                "name", "孙丽", "phone", "13991712345", "email", "", "role", "reviewer", "department", "dfz"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        String first = oneTimePassword(created);
        String id = between(created.asString(), "href=\"/admin/accounts/", "\">查看该账号");

        Response account = browser.open(url(COUNTY, "/admin/accounts/" + id));
        assertThat(account.asString()).contains("部门审核员").contains("东风镇").contains("待首次登录修改密码")
                .doesNotContain(first);

        // Disabling asks first; the confirmation page's form does it.
        Response confirm = browser.open(url(COUNTY, "/admin/accounts/" + id + "/disable"));
        assertThat(confirm.asString()).contains("停用 " + username + "？").contains("确认停用");
        Response disabled = browser.submit(url(COUNTY, "/admin/accounts/" + id + "/disable"),
                Map.of("csrf-token", BrowserSession.csrfToken(confirm)));
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(disabled.asString()).contains("账号已停用").contains("已停用");
        assertThat(console("/api/console/accounts/" + id).getBoolean("enabled")).isFalse();

        Response enabled = browser.submit(url(COUNTY, "/admin/accounts/" + id + "/enable"),
                Map.of("csrf-token", BrowserSession.csrfToken(disabled)));
        assertThat(enabled.asString()).contains("账号已启用。");
        assertThat(console("/api/console/accounts/" + id).getBoolean("enabled")).isTrue();

        Response askReset = browser.open(url(COUNTY, "/admin/accounts/" + id + "/password-reset"));
        assertThat(askReset.asString()).contains("确认重置密码");
        Response reset = browser.post(url(COUNTY, "/admin/accounts/" + id + "/password-reset"),
                Map.of("csrf-token", BrowserSession.csrfToken(askReset)));
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(oneTimePassword(reset)).isNotEqualTo(first);

        Response refused = browser.post(url(COUNTY, "/admin/accounts/" + id + "/department"),
                Map.of("csrf-token", BrowserSession.csrfToken(enabled), "department", "sspz"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("未能修改：本区县没有这个部门或乡镇，请从列表中选择")
                .contains("<option value=\"sspz\" selected>");
        Response rebound = browser.submit(url(COUNTY, "/admin/accounts/" + id + "/department"),
                Map.of("csrf-token", BrowserSession.csrfToken(enabled), "department", "bdz"));
        assertThat(rebound.asString()).contains("所属部门已修改").contains("八渡镇");
        assertThat(console("/api/console/accounts/" + id).getList("bindings.department")).containsExactly("bdz");

        Response list = browser.open(url(COUNTY, "/admin/accounts/?role=reviewer&department=bdz&q=" + username));
        assertThat(list.asString()).contains("共 1 个账号").contains(username);
    }

    @Test
    void webmasterCannotReachAnotherCountysAccountsById() {
        String othersId = console("/api/console/accounts?q=" + OTHER + "-contributor")
                .getString("find { it.username == '" + OTHER + "-contributor' }.id");
        BrowserSession browser = signedIn(COUNTY, COUNTY + "-webmaster", "/admin/accounts/");
        String token = BrowserSession.csrfToken(browser.open(url(COUNTY, "/admin/accounts/new")));

        assertThat(browser.open(url(COUNTY, "/admin/accounts/")).asString()).doesNotContain(OTHER + "-contributor");
        assertThat(browser.open(url(COUNTY, "/admin/accounts/" + othersId)).statusCode()).isEqualTo(403);
        assertThat(browser.open(url(COUNTY, "/admin/accounts/" + othersId + "/disable")).statusCode()).isEqualTo(403);
        assertThat(browser.post(url(COUNTY, "/admin/accounts/" + othersId + "/disable"), Map.of("csrf-token", token))
                .statusCode()).isEqualTo(403);
        assertThat(browser.post(url(COUNTY, "/admin/accounts/" + othersId + "/password-reset"),
                Map.of("csrf-token", token)).statusCode()).isEqualTo(403);
        assertThat(browser.post(url(COUNTY, "/admin/accounts/" + othersId + "/department"),
                Map.of("csrf-token", token, "department", "dfz")).statusCode()).isEqualTo(403);
        assertThat(console("/api/console/accounts/" + othersId).getBoolean("enabled")).isTrue();
        assertThat(console("/api/console/accounts/" + othersId).getList("bindings.county")).containsExactly(OTHER);
        // A webmaster cannot manage themselves or other webmasters either.
        String ownId = console("/api/console/accounts?q=" + COUNTY + "-webmaster")
                .getString("find { it.username == '" + COUNTY + "-webmaster' }.id");
        assertThat(browser.open(url(COUNTY, "/admin/accounts/" + ownId)).statusCode()).isEqualTo(403);

        // The other county's list, on its own host: their webmaster's page, not ours.
        Response othersList = browser.open(url(OTHER, "/admin/accounts/"));
        assertThat(othersList.statusCode()).isEqualTo(403);
        assertThat(othersList.asString()).doesNotContain(OTHER + "-contributor");
    }

    @Test
    void editorsAndContributorsCannotReachTheAccountPages() {
        for (String user : new String[] {COUNTY + "-editor", COUNTY + "-reviewer", COUNTY + "-contributor"}) {
            BrowserSession browser = new BrowserSession();
            Response page = browser.logIn(browser.open(url(COUNTY, "/admin/accounts/")), user,
                    KeycloakTokens.DEMO_PASSWORD);
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.asString()).as(user).doesNotContain(COUNTY + "-contributor</a>");
            Response home = browser.open(url(COUNTY, "/admin/"));
            assertThat(home.asString()).as(user).doesNotContain("href=\"/admin/accounts/\"");
        }
    }

    @Test
    void everyAccountFormNeedsItsCsrfToken() {
        BrowserSession browser = signedIn(COUNTY, COUNTY + "-webmaster", "/admin/accounts/");
        String username = "forged-" + suffix();
        Response forged = browser.post(url(COUNTY, "/admin/accounts/"), Map.of("username", username, "name", "伪造",
                "role", "contributor", "department", "dfz"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("表单已失效");
        assertThat(given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .queryParam("q", username).get("/api/console/accounts").then().statusCode(200).extract().jsonPath()
                .getList("username")).isEmpty();

        String contributor = console("/api/console/accounts?q=" + COUNTY + "-contributor")
                .getString("find { it.username == '" + COUNTY + "-contributor' }.id");
        for (String action : new String[] {"disable", "password-reset", "enable"}) {
            assertThat(browser.post(url(COUNTY, "/admin/accounts/" + contributor + "/" + action), Map.of())
                    .statusCode()).as(action).isEqualTo(400);
        }
        assertThat(console("/api/console/accounts/" + contributor).getBoolean("enabled")).isTrue();
    }

    private BrowserSession signedIn(String county, String user, String path) {
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url(county, path)), user, KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).as(user + " signs in").isEqualTo(200);
        return browser;
    }

    /** Opens the form page for its token, then posts the form with it. */
    private Response post(BrowserSession browser, String formPath, String action, Map<String, String> form) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("csrf-token", BrowserSession.csrfToken(browser.open(url(COUNTY, formPath))));
        return browser.post(url(COUNTY, action), withToken);
    }

    private static String oneTimePassword(Response page) {
        return between(page.asString(), "<code id=\"one-time-password\">", "</code>");
    }

    private static String between(String text, String before, String after) {
        Matcher m = Pattern.compile(Pattern.quote(before) + "(.*?)" + Pattern.quote(after)).matcher(text);
        assertThat(m.find()).as("'" + before + "…" + after + "' on the page").isTrue();
        return m.group(1);
    }

    private static io.restassured.path.json.JsonPath console(String path) {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin")).get(path)
                .then().statusCode(200).extract().jsonPath();
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
