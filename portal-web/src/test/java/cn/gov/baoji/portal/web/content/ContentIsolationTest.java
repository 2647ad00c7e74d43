package cn.gov.baoji.portal.web.content;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** An article of one county requested through another county is not found, anywhere. */
@QuarkusTest
class ContentIsolationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void weibinArticleIsNotFoundOnTaibai() throws SQLException {
        // Both counties' ids start at 1; move weibin's far ahead so the id surely exists there only.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('tenant_weibin.article', 'id'),"
                    + " greatest(1000000, (SELECT max(id) FROM tenant_weibin.article)))");
        }
        long id = as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", "渭滨区独有的通知",
                "body", "<p>仅渭滨区</p>")).post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        anonymous("weibin").get("/articles/" + id).then().statusCode(200);

        org.assertj.core.api.Assertions.assertThat(id).isGreaterThan(1_000_000L);

        anonymous("taibai").get("/articles/" + id).then().statusCode(404);
        anonymous("taibai").get("/api/v1/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        as("taibai-webmaster", "taibai").get("/api/admin/articles/" + id).then().statusCode(404);
        as("taibai-webmaster", "taibai").body(Map.of()).post("/api/admin/articles/" + id + "/withdraw").then()
                .statusCode(404);
        // A county's account on the other county's host: refused before any lookup.
        as("taibai-webmaster", "weibin").get("/api/admin/articles/" + id).then().statusCode(403);
        anonymous("weibin").get("/articles/" + id).then().statusCode(200);
    }
}
