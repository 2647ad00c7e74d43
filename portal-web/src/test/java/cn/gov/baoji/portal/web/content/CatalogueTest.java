package cn.gov.baoji.portal.web.content;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.Counties;
import io.agroal.api.AgroalDataSource;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The city releases the disclosure catalogue; every county sees it; counties extend it only where allowed. */
@QuarkusTest
class CatalogueTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void topicsChangedByAnotherInstanceShowHereAtOnce() throws Exception {
        console().get("/api/console/catalogue/topics").then().statusCode(200);
        // What another instance's change does: the rows and a city-wide notice, in one transaction.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO platform.topic_category (code, name, sort_order) VALUES ('lsslzt', '另一实例的主题', 9999)"
                        + " ON CONFLICT (code) DO NOTHING");
                s.execute("SELECT pg_notify('portal_content_changed', '*')");
            }
            c.commit();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                console().get("/api/console/catalogue/topics").then().extract().jsonPath().getList("name", String.class))
                .contains("另一实例的主题"));
    }

    @Test
    void releaseReachesAllTwelveCounties() {
        String code = "xczx" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[^a-z0-9]", "a");
        List<Map<String, Object>> nodes = currentNodes();
        Map<String, Object> added = new HashMap<>();
        added.put("code", code);
        added.put("parentCode", "zdly");
        added.put("name", "乡村振兴");
        added.put("allowLocalChildren", false);
        nodes.add(added);
        int version = console().body(Map.of("note", "增加乡村振兴", "nodes", nodes)).post("/api/console/catalogue/releases")
                .then().statusCode(201).extract().jsonPath().getInt("version");
        assertThat(version).isGreaterThan(1);

        for (String county : Counties.SITE_NAMES.keySet()) {
            List<String> codes = anonymous(county).get("/api/v1/disclosure/catalogue").then().statusCode(200)
                    .extract().jsonPath().getList("code");
            assertThat(codes).as(county).contains(code, "zcwj", "gfxwj");
        }
    }

    @Test
    void invalidReleaseIsRefusedAndChangesNothing() {
        int before = console().get("/api/console/catalogue").then().extract().jsonPath().getInt("version");
        List<Map<String, Object>> cyclic = List.of(
                Map.of("code", "aa", "parentCode", "bb", "name", "甲"), Map.of("code", "bb", "parentCode", "aa", "name", "乙"));
        console().body(Map.of("nodes", cyclic)).post("/api/console/catalogue/releases").then().statusCode(400)
                .contentType("application/problem+json");
        console().body(Map.of("nodes", List.of(Map.of("code", "Bad Code", "name", "坏")))).post("/api/console/catalogue/releases")
                .then().statusCode(400);
        assertThat(console().get("/api/console/catalogue").then().extract().jsonPath().getInt("version")).isEqualTo(before);
    }

    @Test
    void countyAddsLocalNodesOnlyWhereTheCityAllowsAndNeverChangesCityNodes() {
        String local = "bjzt" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[^a-z0-9]", "a");
        as("taibai-webmaster", "taibai").body(Map.of("code", local, "parentCode", "zcwj", "name", "本县文件"))
                .post("/api/admin/catalogue/local-nodes").then().statusCode(403);
        as("taibai-webmaster", "taibai").body(Map.of("code", local, "parentCode", "zdly", "name", "生态保护专题"))
                .post("/api/admin/catalogue/local-nodes").then().statusCode(201).body("local", equalTo(true));
        as("taibai-webmaster", "taibai").body(Map.of("code", "zcwj", "parentCode", "zdly", "name", "冒名"))
                .post("/api/admin/catalogue/local-nodes").then().statusCode(409);
        as("taibai-webmaster", "taibai").delete("/api/admin/catalogue/local-nodes/zcwj").then().statusCode(403)
                .body("detail", equalTo("市级目录节点只能由市电子政务办修改。"));
        as("taibai-webmaster", "taibai").body(Map.of("nodes", List.of())).post("/api/console/catalogue/releases")
                .then().statusCode(404);

        assertThat(anonymous("taibai").get("/api/v1/disclosure/catalogue").then().extract().jsonPath().getList("code"))
                .contains(local, "zcwj");
        assertThat(anonymous("weibin").get("/api/v1/disclosure/catalogue").then().extract().jsonPath().getList("code"))
                .doesNotContain(local);
    }

    @Test
    void cityMaintainsTopicCategoriesForAllCounties() {
        List<Map<String, Object>> topics = new ArrayList<>(console().get("/api/console/catalogue/topics").then()
                .statusCode(200).extract().jsonPath().getList(""));
        topics.add(Map.of("code", "xczxzt", "name", "乡村振兴"));
        console().body(topics).put("/api/console/catalogue/topics").then().statusCode(200);
        for (String county : List.of("weibin", "taibai")) {
            anonymous(county).get("/disclosure").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("乡村振兴"));
        }
        console().body(List.of(Map.of("code", "Bad Code", "name", "坏"))).put("/api/console/catalogue/topics").then()
                .statusCode(400);
        as("weibin-webmaster", "weibin").body(topics).put("/api/console/catalogue/topics").then().statusCode(404);
        assertThat(console().get("/api/console/catalogue/topics").then().extract().jsonPath().getList("code"))
                .contains("xczxzt", "zhzw");
    }

    private static List<Map<String, Object>> currentNodes() {
        List<Map<String, Object>> nodes = console().get("/api/console/catalogue").then().statusCode(200).extract()
                .jsonPath().getList("nodes");
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> n : nodes) {
            Map<String, Object> m = new HashMap<>();
            m.put("code", n.get("code"));
            m.put("parentCode", n.get("parentCode"));
            m.put("name", n.get("name"));
            m.put("allowLocalChildren", n.get("allowLocalChildren"));
            result.add(m);
        }
        return result;
    }

    private static io.restassured.specification.RequestSpecification console() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json");
    }
}
