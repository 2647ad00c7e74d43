package cn.gov.baoji.portal.web.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The console's county pages over HTTP: refused input, provisioning progress, suspension, domains, access. */
@QuarkusTest
class ConsoleTenantPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @BeforeEach
    void allowThisPort() {
        RedirectUris.allow(keycloak, root.getPort(), "console");
    }

    private static Map<String, String> form(String code, String division, String domains) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", "表单区");
        form.put("siteName", "表单区人民政府");
        form.put("kind", "DISTRICT");
        form.put("divisionCode", division);
        form.put("siteIdentifier", division + "0001");
        form.put("theme", "modern");
        form.put("domains", domains);
        form.put("organizer", "表单区人民政府办公室");
        form.put("phone", "0917-1234567");
        return form;
    }

    @Test
    void badCodeIsRefusedOnItsFieldAndTheFormKeepsWhatWasTyped() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("Bad-Code", "619931", "badcode.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("站点代码只能由小写字母开头的 2 至 31 位小写字母和数字组成")
                .contains("value=\"Bad-Code\" aria-invalid=\"true\"")
                .contains("value=\"表单区人民政府办公室\"")
                .contains("0917-1234567")
                .contains(">badcode.localhost</textarea>");
    }

    @Test
    void duplicateCodeIsRefused() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("weibin", "619932", "weibin2.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("站点代码已被使用：weibin").contains("value=\"weibin\" aria-invalid=\"true\"");
    }

    @Test
    void domainOfAnotherCountyIsRefused() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("formdomain", "619933", "formdomain.localhost\nweibin.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("域名已被其他站点使用：weibin.localhost")
                .contains("aria-invalid=\"true\" aria-describedby=\"form-error\">formdomain.localhost\nweibin.localhost</textarea>");
    }

    @Test
    void theConsoleHostIsRefusedAsACountyDomain() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("formconsole", "619941", "Console.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("域名保留给市级管理控制台：console.localhost");
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/tenants/formconsole/provisioning").then().statusCode(404);
    }

    @Test
    void badDivisionCodeIsRefused() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("formdiv", "61AB", "formdiv.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("行政区划代码应为 6 位数字").contains("value=\"61AB\" aria-invalid=\"true\"")
                .contains("value=\"formdiv\"");
    }

    @Test
    void divisionCodeOfAnotherCountyIsRefused() {
        Response page = ConsoleSupport.signIn(root.getPort(), "city-admin").post("/console/tenants",
                form("formdivtaken", "610302", "formdivtaken.localhost"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("行政区划代码已被渭滨区使用：610302");
    }

    @Test
    void provisioningRunsInTheBackgroundAndShowsThePasswordOnce() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Response started = console.post("/console/tenants", form("formjob", "619934", "formjob.localhost"));
        assertThat(started.statusCode()).isEqualTo(303);
        assertThat(started.getHeader("Location")).endsWith("/console/tenants/formjob/provisioning");

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> "DONE".equals(
                console.open("/console/tenants/formjob/provisioning/status").jsonPath().getString("state")));
        Response status = console.open("/console/tenants/formjob/provisioning/status");
        assertThat(status.jsonPath().getList("steps.state")).containsOnly("DONE");
        assertThat(status.jsonPath().getList("steps.key")).containsExactly("schema", "migrations", "defaults",
                "accounts", "domains");
        assertThat(status.asString()).doesNotContain("oneTimePassword").doesNotContain("password");

        Response first = console.open("/console/tenants/formjob/provisioning");
        assertThat(first.asString()).contains("站点已开通").contains("id=\"one-time-password\"")
                .contains("formjob-webmaster");
        Response second = console.open("/console/tenants/formjob/provisioning");
        assertThat(second.asString()).contains("站点已开通").doesNotContain("id=\"one-time-password\"")
                .contains("一次性密码已显示过");

        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/tenants/formjob/provisioning").then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("DONE"));
        given().header("Host", "formjob.localhost").get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("theme-modern"));
    }

    @Test
    void suspendAsksFirstThenTheCountyShowsMaintenanceUntilResumed() {
        Counties.provision(provisioner, "formpause", "暂停区", "619935", "classic");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");

        Response confirm = console.open("/console/tenants/formpause/suspend");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.asString()).contains("确定要暂停“暂停区人民政府”吗？").contains("确认暂停");
        given().header("Host", "formpause.localhost").get("/").then().statusCode(200);

        assertThat(console.post("/console/tenants/formpause/suspend", Map.of()).statusCode()).isEqualTo(303);
        given().header("Host", "formpause.localhost").get("/").then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("网站正在维护"));
        assertThat(console.open("/console/tenants/formpause").asString()).contains("已暂停").contains("恢复运行");

        assertThat(console.post("/console/tenants/formpause/resume", Map.of()).statusCode()).isEqualTo(303);
        given().header("Host", "formpause.localhost").get("/").then().statusCode(200);
    }

    @Test
    void domainsAreAddedAndRemovedButNeverTakenFromAnotherCountyOrLeftEmpty() {
        Counties.provision(provisioner, "formdns", "域名区", "619936", "classic");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");

        assertThat(console.post("/console/tenants/formdns/domains", Map.of("domain", "WWW.FormDns.gov.cn"))
                .statusCode()).isEqualTo(303);
        given().header("Host", "www.formdns.gov.cn").get("/api/v1/site").then().statusCode(200)
                .body("code", org.hamcrest.Matchers.equalTo("formdns"));

        Response taken = console.post("/console/tenants/formdns/domains", Map.of("domain", "taibai.localhost"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.asString()).contains("域名已被其他站点使用：taibai.localhost")
                .contains("value=\"taibai.localhost\" aria-invalid=\"true\"");
        given().header("Host", "taibai.localhost").get("/api/v1/site").then().body("code",
                org.hamcrest.Matchers.equalTo("taibai"));

        Response confirm = console.open("/console/tenants/formdns/domains/remove?domain=www.formdns.gov.cn");
        assertThat(confirm.asString()).contains("确定要从“域名区人民政府”删除域名 www.formdns.gov.cn 吗？");
        assertThat(console.post("/console/tenants/formdns/domains/remove", Map.of("domain", "www.formdns.gov.cn"))
                .statusCode()).isEqualTo(303);
        given().header("Host", "www.formdns.gov.cn").get("/api/v1/site").then().statusCode(404);

        Response last = console.post("/console/tenants/formdns/domains/remove", Map.of("domain", "formdns.localhost"));
        assertThat(last.statusCode()).isEqualTo(409);
        assertThat(last.asString()).contains("这是站点唯一的域名，不能删除");
        given().header("Host", "formdns.localhost").get("/api/v1/site").then().statusCode(200);
    }

    @Test
    void domainApiRefusesAnotherCountysDomainAndTheLastOne() {
        Counties.provision(provisioner, "apidns", "接口区", "619937", "classic");
        String token = KeycloakTokens.of("city-admin");
        given().header("Host", "console.localhost").auth().oauth2(token).contentType("application/json")
                .body(Map.of("domain", "weibin.localhost")).post("/api/console/tenants/apidns/domains")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Host", "console.localhost").auth().oauth2(token)
                .delete("/api/console/tenants/apidns/domains/apidns.localhost")
                .then().statusCode(409).contentType("application/problem+json");
        given().header("Host", "console.localhost").auth().oauth2(token).contentType("application/json")
                .body(Map.of("domain", "www.apidns.gov.cn")).post("/api/console/tenants/apidns/domains")
                .then().statusCode(200).body("domains", org.hamcrest.Matchers.equalTo(
                        List.of("apidns.localhost", "www.apidns.gov.cn")));
    }

    @Test
    void consoleHomeCountsTheArticlesWaitingForReview() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        long before = pendingShownFor(console, "qishan");
        String id = cn.gov.baoji.portal.web.support.Api.as("qishan-contributor", "qishan")
                .body(Map.of("channel", "tzgg", "title", "关于召开春季农业生产会议的通知", "body", "<p>会议通知。</p>"))
                .post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getString("id");
        cn.gov.baoji.portal.web.support.Api.as("qishan-contributor", "qishan").post("/api/admin/articles/" + id + "/submit")
                .then().statusCode(200);

        assertThat(pendingShownFor(console, "qishan")).isEqualTo(before + 1);
        assertThat(console.open("/console/").asString()).contains("岐山县人民政府").doesNotContain("null");
    }

    /** The 待审核信息 cell of a county's row on the console home. */
    private static long pendingShownFor(ConsoleSupport console, String code) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<tr data-county=\"" + code + "\">.*?<td>(\\d+) 篇</td>", java.util.regex.Pattern.DOTALL)
                .matcher(console.open("/console/").asString());
        assertThat(m.find()).as("row of " + code).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void countyWebmasterReachesNoConsolePage() {
        ConsoleSupport webmaster = ConsoleSupport.signIn(root.getPort(), "weibin-webmaster");
        for (String path : List.of("/console/", "/console/tenants/new", "/console/tenants/weibin",
                "/console/tenants/weibin/suspend", "/console/tenants/weibin/provisioning",
                "/console/tenants/weibin/provisioning/status", "/console/catalogue", "/console/catalogue/nodes/zdly",
                "/console/catalogue/topics")) {
            assertThat(webmaster.open(path).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void everyConsoleFormNeedsTheCsrfToken() {
        Counties.provision(provisioner, "formcsrf", "令牌区", "619938", "classic");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Map<String, Map<String, String>> forms = new java.util.LinkedHashMap<>();
        forms.put("/console/tenants", form("formforged", "619939", "formforged.localhost"));
        forms.put("/console/tenants/formcsrf/suspend", Map.of());
        forms.put("/console/tenants/formcsrf/resume", Map.of());
        forms.put("/console/tenants/formcsrf/domains", Map.of("domain", "www.formcsrf.gov.cn"));
        forms.put("/console/tenants/formcsrf/domains/remove", Map.of("domain", "formcsrf.localhost"));
        forms.put("/console/tenants/formcsrf/provisioning/retry", Map.of());
        forms.put("/console/catalogue/nodes", Map.of("code", "forged", "name", "伪造节点"));
        forms.put("/console/catalogue/nodes/zdly/name", Map.of("name", "伪造"));
        forms.put("/console/catalogue/nodes/zdly/parent", Map.of("parentCode", "jgzn"));
        forms.put("/console/catalogue/nodes/zdly/order", Map.of("direction", "up"));
        forms.put("/console/catalogue/nodes/zdly/local-children", Map.of("allow", "false"));
        forms.put("/console/catalogue/releases", Map.of("note", "伪造"));
        forms.put("/console/catalogue/draft/discard", Map.of());
        forms.put("/console/catalogue/topics", Map.of("code", "forged", "name", "伪造"));
        forms.forEach((path, body) -> assertThat(console.postWithoutToken(path, body).statusCode()).as(path)
                .isEqualTo(400));
        given().header("Host", "formcsrf.localhost").get("/").then().statusCode(200);
        given().header("Host", "formforged.localhost").get("/").then().statusCode(404);
    }
}
