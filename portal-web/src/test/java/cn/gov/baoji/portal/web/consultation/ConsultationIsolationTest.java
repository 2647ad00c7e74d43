package cn.gov.baoji.portal.web.consultation;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A consultation of 渭滨区 does not exist on 太白县's host, in pages, API or back office; 太白县's
 * staff cannot see or moderate its comments there, and are refused on 渭滨区's host.
 */
@QuarkusTest
class ConsultationIsolationTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    ConsultationService consultations;

    @Inject
    ConsultationComments comments;

    @Inject
    TenantScope scope;

    @Test
    void weibinConsultationDoesNotExistForTaibai() throws SQLException {
        // Every county's ids start at 1: move weibin's far ahead so these ids surely exist there only.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] { "consultation", "consultation_attachment", "consultation_comment" }) {
                s.execute("SELECT setval(pg_get_serial_sequence('tenant_weibin." + table + "', 'id'),"
                        + " greatest(2000000, (SELECT coalesce(max(id), 0) FROM tenant_weibin." + table + ")))");
            }
        }
        String title = "渭滨区独有的征求意见稿" + System.nanoTime() % 100000;
        long id = fixtures.open("weibin", title);
        long file = scope.call(TenantCode.of("weibin"), () -> consultations.attach(ConsultationFixtures.webmaster("weibin"), id,
                "banfa.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).getId());
        long comment = given().header("Host", "weibin.localhost").header("X-Forwarded-For", ConsultationFixtures.freshAddress())
                .contentType("application/json").body(Map.of("content", "渭滨区市民的意见", "phone", "13600001111", "altcha",
                        Altcha.solve("weibin.localhost")))
                .post("/api/v1/consultations/" + id + "/comments").then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(id).isGreaterThan(2_000_000L);
        assertThat(comment).isGreaterThan(2_000_000L);

        // The public site and API of 太白县.
        anonymous("taibai").get("/consultations/" + id).then().statusCode(404);
        anonymous("taibai").get("/consultations/" + id + "/attachments/" + file + "/banfa.pdf").then().statusCode(404);
        anonymous("taibai").get("/api/v1/consultations/" + id).then().statusCode(404).contentType("application/problem+json");
        anonymous("taibai").get("/api/v1/consultations/" + id + "/comments").then().statusCode(404);
        assertThat(anonymous("taibai").get("/api/v1/consultations").asString()).doesNotContain(title);
        assertThat(anonymous("taibai").get("/consultations").asString()).doesNotContain(title);
        given().header("Host", "taibai.localhost").header("X-Forwarded-For", ConsultationFixtures.freshAddress())
                .contentType("application/json").body(Map.of("content", "跨站的意见", "phone", "13600002222", "altcha",
                        Altcha.solve("taibai.localhost")))
                .post("/api/v1/consultations/" + id + "/comments").then().statusCode(404);
        anonymous("weibin").get("/consultations/" + id + "/attachments/" + file + "/banfa.pdf").then().statusCode(200);

        // 太白县's staff in their own back office: nothing of 渭滨区's to see or moderate.
        RedirectUris.allow(keycloak, root.getPort(), "taibai", "weibin");
        BrowserSession taibai = new BrowserSession();
        Response home = taibai.logIn(taibai.open(url("taibai", "/admin/consultations/")), "taibai-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).doesNotContain(title);
        String token = BrowserSession.csrfToken(home);
        assertThat(taibai.open(url("taibai", "/admin/consultations/" + id)).statusCode()).isEqualTo(404);
        assertThat(taibai.open(url("taibai", "/admin/consultations/" + id + "/comments")).statusCode()).isEqualTo(404);
        assertThat(taibai.open(url("taibai", "/admin/consultations/" + id + "/feedback")).statusCode()).isEqualTo(404);
        assertThat(taibai.open(url("taibai", "/admin/consultations/" + id + "/files/" + file + "/banfa.pdf")).statusCode())
                .isEqualTo(404);
        assertThat(taibai.post(url("taibai", "/admin/consultations/" + id + "/comments/" + comment + "/moderation"),
                Map.of("csrf-token", token, "action", "approve")).statusCode()).isEqualTo(404);
        assertThat(taibai.post(url("taibai", "/admin/consultations/" + id + "/publish"), Map.of("csrf-token", token))
                .statusCode()).isEqualTo(404);

        // On 渭滨区's host they are nobody.
        assertThat(taibai.open(url("weibin", "/admin/consultations/" + id + "/comments")).statusCode()).isEqualTo(403);
        BrowserSession taibaiEditor = new BrowserSession();
        Response refused = taibaiEditor.logIn(taibaiEditor.open(url("weibin", "/admin/consultations/" + id + "/comments")),
                "taibai-editor", KeycloakTokens.DEMO_PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(403);

        assertThat(scope.call(TenantCode.of("weibin"), () -> comments.counts(id)).get(Moderation.PENDING)).isEqualTo(1);
        assertThat(scope.call(TenantCode.of("weibin"), () -> comments.counts(id)).get(Moderation.APPROVED)).isZero();
    }

    private String url(String county, String path) {
        return "http://" + county + ".localhost:" + root.getPort() + path;
    }
}
