package cn.gov.baoji.portal.web.stats;

import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The figures as JSON: a webmaster reads their own county's (a known set of stored days in January
 * 2020, which no page view of the test run can reach), nobody else's; the city reads every county's.
 */
@QuarkusTest
class StatsApiTest {

    private static final String PERIOD = "/api/admin/stats/views?from=2020-01-01&to=2020-01-31";

    @Inject
    DataSource dataSource;

    long articleId;

    @BeforeEach
    void storedDays() throws Exception {
        articleId = given().header("Host", "weibin.localhost").get("/api/v1/articles?channel=xwdt").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String table = TenantCode.of("weibin").schema() + ".page_view_day";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + table + " WHERE day BETWEEN '2019-12-01' AND '2020-01-31'");
            s.execute("INSERT INTO " + table + " (day, channel_code, article_id, human_views, bot_views) VALUES"
                    + " ('2020-01-05', 'xwdt', " + articleId + ", 7, 2), ('2020-01-06', 'xwdt', 0, 1, 0),"
                    + " ('2020-01-06', '_home', 0, 5, 1), ('2019-12-31', '_home', 0, 100, 0)");
        }
    }

    @Test
    void theWebmasterReadsTheCountysViews() {
        as("weibin-webmaster", "weibin").get(PERIOD + "&limit=5").then().statusCode(200)
                .body("from", equalTo("2020-01-01")).body("to", equalTo("2020-01-31"))
                .body("humanViews", equalTo(13)).body("botViews", equalTo(3))
                .body("channels.code", contains("xwdt", "_home")).body("channels.name", contains("新闻动态", "首页"))
                .body("channels.views", contains(8, 5))
                .body("mostRead.articleId", contains((int) articleId)).body("mostRead.views", contains(7))
                .body("mostRead[0].channelName", equalTo("新闻动态"));
    }

    @Test
    void noOneElseReadsThem() {
        as("taibai-webmaster", "weibin").get(PERIOD).then().statusCode(403);
        as("weibin-editor", "weibin").get(PERIOD).then().statusCode(403);
        given().header("Host", "weibin.localhost").get(PERIOD).then().statusCode(401);
        // Taibai's own figures for the same days know nothing of Weibin's.
        as("taibai-webmaster", "taibai").get(PERIOD).then().statusCode(200).body("humanViews", equalTo(0))
                .body("channels.size()", equalTo(0));
    }

    @Test
    void badPeriodsAreRefusedWithAChineseReason() {
        for (String query : new String[] {"from=2020-13-01", "to=20200101", "from=2020-02-01&to=2020-01-01",
                "from=2000-01-01&to=2020-01-01", "limit=0", "limit=abc", "limit=101"}) {
            as("weibin-webmaster", "weibin").get("/api/admin/stats/views?" + query).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", matchesPattern("(?s).*[\\u4e00-\\u9fa5].*"));
        }
    }

    @Test
    void theCityReadsEveryCounty() {
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/stats/views?from=2020-01-01&to=2020-01-31").then().statusCode(200)
                .body("find { it.code == 'weibin' }.humanViews", equalTo(13))
                .body("find { it.code == 'weibin' }.botViews", equalTo(3))
                .body("code", hasItem("taibai"));
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .get("/api/console/stats/views").then().statusCode(403);
    }
}
