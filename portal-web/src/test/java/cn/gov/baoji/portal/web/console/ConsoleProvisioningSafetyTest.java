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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import cn.gov.baoji.portal.admin.tenant.ProvisioningJobs;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What the console must never get wrong: domains and the login's redirect URIs change together,
 * provisioning again never touches an open county or a webmaster's own password, and one-time
 * passwords are neither cached nor kept.
 */
@QuarkusTest
class ConsoleProvisioningSafetyTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ProvisioningJobs jobs;

    @Inject
    TestClock clock;

    @BeforeEach
    void allowThisPort() {
        RedirectUris.allow(keycloak, root.getPort(), "console");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, String> form(String code, String name, String division) {
        Map<String, String> form = new HashMap<>();
        form.put("code", code);
        form.put("name", name);
        form.put("siteName", name + "人民政府");
        form.put("kind", "DISTRICT");
        form.put("divisionCode", division);
        form.put("siteIdentifier", division + "0001");
        form.put("theme", "classic");
        form.put("domains", code + ".localhost");
        form.put("organizer", name + "人民政府办公室");
        return form;
    }

    private RealmResource realm() {
        return keycloak.realm("baoji");
    }

    private List<String> redirectUris() {
        return realm().clients().get(realm().clients().findByClientId("portal-web").get(0).getId())
                .toRepresentation().getRedirectUris();
    }

    @Test
    void domainsAddedInTheConsoleBecomeRedirectUrisAndRemovedOnesStopBeingOne() {
        Counties.provision(provisioner, "kgdns", "回调区", "619951", "classic");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");

        assertThat(console.post("/console/tenants/kgdns/domains", Map.of("domain", "www.kgdns.gov.cn")).statusCode())
                .isEqualTo(303);
        assertThat(redirectUris()).contains("https://www.kgdns.gov.cn/*");

        assertThat(console.post("/console/tenants/kgdns/domains/remove", Map.of("domain", "www.kgdns.gov.cn"))
                .statusCode()).isEqualTo(303);
        assertThat(redirectUris()).noneMatch(uri -> uri.contains("www.kgdns.gov.cn"));
        assertThat(redirectUris()).contains("http://kgdns.localhost:8080/*");
    }

    @Test
    void domainsAddedThroughTheApiBecomeRedirectUrisAndRemovedOnesStopBeingOne() {
        Counties.provision(provisioner, "kgapidns", "接口回调区", "619952", "classic");
        String token = KeycloakTokens.of("city-admin");
        given().header("Host", "console.localhost").auth().oauth2(token).contentType("application/json")
                .body(Map.of("domain", "www.kgapidns.gov.cn")).post("/api/console/tenants/kgapidns/domains")
                .then().statusCode(200);
        assertThat(redirectUris()).contains("https://www.kgapidns.gov.cn/*");

        given().header("Host", "console.localhost").auth().oauth2(token)
                .delete("/api/console/tenants/kgapidns/domains/www.kgapidns.gov.cn").then().statusCode(200);
        assertThat(redirectUris()).noneMatch(uri -> uri.contains("www.kgapidns.gov.cn"));
    }

    /**
     * An account named like the county's webmaster but in no group makes the accounts step fail,
     * leaving the county PROVISIONING with a failed job, as a real Keycloak hiccup would.
     */
    private UserResource accountThatMakesTheAccountsStepFail(String code) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(code + "-webmaster");
        user.setEnabled(true);
        user.setFirstName("已登录的站点管理员");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(KeycloakTokens.DEMO_PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (jakarta.ws.rs.core.Response created = realm().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
        }
        return realm().users().get(realm().users().searchByUsername(code + "-webmaster", true).get(0).getId());
    }

    private static void awaitState(ConsoleSupport console, String code, String state) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> state.equals(
                console.open("/console/tenants/" + code + "/provisioning/status").jsonPath().getString("state")));
    }

    private void joinWebmasterGroup(UserResource user, String code) {
        user.joinGroup(realm().getGroupByPath("/tenants/" + code + "/webmaster").getId());
    }

    private static Long passwordCreated(UserResource user) {
        return user.credentials().stream().filter(c -> CredentialRepresentation.PASSWORD.equals(c.getType()))
                .findFirst().orElseThrow().getCreatedDate();
    }

    @Test
    void retryOfAnOpenCountyIsRefusedAndTheWebmasterKeepsTheirPassword() {
        UserResource webmaster = accountThatMakesTheAccountsStepFail("kgopen");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/tenants", form("kgopen", "开通区", "619953")).statusCode()).isEqualTo(303);
        awaitState(console, "kgopen", "FAILED");
        joinWebmasterGroup(webmaster, "kgopen");
        // Opened meanwhile by someone else (the API, another instance).
        Counties.provision(provisioner, "kgopen", "开通区", "619953", "classic");
        Long before = passwordCreated(webmaster);

        Response retry = console.post("/console/tenants/kgopen/provisioning/retry", Map.of());

        assertThat(retry.statusCode()).isEqualTo(409);
        assertThat(retry.asString()).contains("站点“开通区人民政府”（kgopen）已开通，不能再次开通或重试。");
        assertThat(passwordCreated(webmaster)).isEqualTo(before);
        assertThat(KeycloakTokens.fetch("baoji", "portal-cli", "kgopen-webmaster", KeycloakTokens.DEMO_PASSWORD))
                .isNotBlank();
        Response again = console.post("/console/tenants", form("kgopen", "开通区", "619953"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.asString()).contains("站点代码已被使用：kgopen");
    }

    @Test
    void aProvisioningCountyTakesNoOtherFactsAndItsSignedInWebmasterKeepsTheirPassword() {
        UserResource webmaster = accountThatMakesTheAccountsStepFail("kgkeep");
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/tenants", form("kgkeep", "保留区", "619954")).statusCode()).isEqualTo(303);
        awaitState(console, "kgkeep", "FAILED");

        Map<String, String> renamed = form("kgkeep", "改名区", "619954");
        renamed.put("theme", "modern");
        Response refused = console.post("/console/tenants", renamed);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("站点 kgkeep 正在开通中，已登记的信息与本次提交不同：")
                .contains("站点所属区县名称（已登记“保留区”，本次“改名区”）")
                .contains("主题（已登记“classic”，本次“modern”）");

        joinWebmasterGroup(webmaster, "kgkeep");
        Long before = passwordCreated(webmaster);
        assertThat(console.post("/console/tenants/kgkeep/provisioning/retry", Map.of()).statusCode()).isEqualTo(303);
        awaitState(console, "kgkeep", "DONE");

        Response page = console.open("/console/tenants/kgkeep/provisioning");
        assertThat(page.asString()).contains("站点管理员账号 kgkeep-webmaster 已经登录过，密码保持不变")
                .doesNotContain("id=\"one-time-password\"");
        assertThat(passwordCreated(webmaster)).isEqualTo(before);
        assertThat(KeycloakTokens.fetch("baoji", "portal-cli", "kgkeep-webmaster", KeycloakTokens.DEMO_PASSWORD))
                .isNotBlank();
        given().header("Host", "kgkeep.localhost").get("/").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("保留区"));
    }

    @Test
    void pagesWithAOneTimePasswordAreNeitherStoredNorCached() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/tenants", form("kgstore", "密码区", "619955")).statusCode()).isEqualTo(303);
        awaitState(console, "kgstore", "DONE");
        Response progress = console.open("/console/tenants/kgstore/provisioning");
        assertThat(progress.asString()).contains("id=\"one-time-password\"");
        assertThat(progress.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(progress.getHeader("Pragma")).isEqualTo("no-cache");

        Response created = console.post("/console/accounts", Map.of("username", "kgstore-second", "name", "第二管理员",
                "county", "kgstore", "role", "webmaster"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(created.getHeader("Pragma")).isEqualTo("no-cache");

        String id = realm().users().searchByUsername("kgstore-second", true).get(0).getId();
        Response reset = console.post("/console/accounts/" + id + "/password-reset", Map.of());
        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.asString()).contains("密码已重置");
        assertThat(reset.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(reset.getHeader("Pragma")).isEqualTo("no-cache");
    }

    @Test
    void apiAnswersWithAOneTimePasswordAreNeitherStoredNorCached() {
        String token = KeycloakTokens.of("city-admin");
        io.restassured.response.ValidatableResponse created = given().header("Host", "console.localhost").auth()
                .oauth2(token).contentType("application/json")
                .body(Map.of("username", "kgapi-second", "name", "接口管理员", "county", "weibin", "role", "webmaster"))
                .post("/api/console/accounts").then().statusCode(201)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
        String id = created.extract().jsonPath().getString("account.id");
        given().header("Host", "console.localhost").auth().oauth2(token).contentType("application/json")
                .post("/api/console/accounts/" + id + "/password-reset").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    @Test
    void aFinishedJobAndItsUnseenPasswordAreForgottenAfterThirtyMinutes() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.post("/console/tenants", form("kgforget", "遗忘区", "619956")).statusCode()).isEqualTo(303);
        awaitState(console, "kgforget", "DONE");
        TenantCode code = TenantCode.of("kgforget");

        clock.advance(Duration.ofMinutes(29));
        assertThat(jobs.find(code)).isPresent();

        clock.advance(Duration.ofMinutes(2));
        assertThat(jobs.find(code)).isEmpty();
        Response page = console.open("/console/tenants/kgforget/provisioning");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("站点已开通").doesNotContain("id=\"one-time-password\"");
    }
}
