package cn.gov.baoji.portal.web.search;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.search.log.SearchLog;
import cn.gov.baoji.portal.core.search.log.SearchWeek;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantKind;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Hot and failed searches: what the public search page counts, per county and week, what it never
 * keeps, and who may read the figures (the county's webmaster its own, the city every county's).
 */
@QuarkusTest
class SearchLogTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    SearchLog log;

    @Inject
    TestClock clock;

    @Inject
    TenantStore store;

    @Inject
    TenantDirectory directory;

    @Inject
    DataSource dataSource;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "taibai", "console");
    }

    /** Letters only: a word no document has, and no digit run the log would take for a phone number. */
    private static String word(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    @Test
    void searchesOnThePublicPageAreCountedPerCountyWithTheFailedOnes() {
        String failed = word("鼋鼍");
        for (int i = 0; i < 3; i++) {
            anonymous("weibin").queryParam("q", failed).get("/search").then().statusCode(200);
        }
        // Paging and narrowing the same words is the same search: not counted again.
        anonymous("weibin").queryParam("q", failed).queryParam("type", "article").get("/search").then().statusCode(200);
        String hot = word("社保");
        log.record(TenantCode.of("weibin"), hot, 12);
        log.record(TenantCode.of("weibin"), "  " + hot.toUpperCase() + "  ", 7);
        log.record(TenantCode.of("taibai"), hot, 0);
        log.flush();

        JsonPath weibin = as("weibin-webmaster", "weibin").get("/api/admin/search/stats").then().statusCode(200)
                .extract().jsonPath();
        assertThat(weibin.getString("week")).isEqualTo(SearchWeek.current(clock).key());
        assertThat(row(weibin, "top", failed)).containsEntry("searches", 3).containsEntry("emptySearches", 3);
        assertThat(row(weibin, "failed", failed)).containsEntry("emptySearches", 3);
        // Upper case and spaces fold into one query; its latest count is the last search's.
        assertThat(row(weibin, "top", hot)).containsEntry("searches", 2).containsEntry("emptySearches", 0)
                .containsEntry("lastResultCount", 7);
        assertThat(weibin.getList("failed.query")).doesNotContain(hot);

        JsonPath taibai = as("taibai-webmaster", "taibai").get("/api/admin/search/stats").then().statusCode(200)
                .extract().jsonPath();
        assertThat(row(taibai, "failed", hot)).containsEntry("searches", 1);
        assertThat(taibai.getList("top.query")).doesNotContain(failed);

        JsonPath city = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/search/stats").then().statusCode(200).extract().jsonPath();
        assertThat(row(city, "all.top", hot)).containsEntry("searches", 3).containsEntry("emptySearches", 1);
        assertThat(row(city, "all.top", failed)).containsEntry("searches", 3);
        assertThat(city.getList("counties.county")).contains("weibin", "taibai");
        JsonPath onlyTaibai = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .queryParam("county", "taibai").get("/api/console/search/stats").then().statusCode(200).extract()
                .jsonPath();
        assertThat(onlyTaibai.getList("counties.county")).containsExactly("taibai");
        assertThat(onlyTaibai.getList("all.top.query")).contains(hot).doesNotContain(failed);
    }

    @Test
    void weeksAreSeparateAndChosenByTheWeekParameter() {
        String word = word("医保");
        try {
            clock.advance(Duration.ofDays(14));
            log.record(TenantCode.of("weibin"), word, 0);
            log.flush();
            String later = SearchWeek.current(clock).key();
            clock.reset();
            JsonPath now = as("weibin-webmaster", "weibin").get("/api/admin/search/stats").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(now.getList("top.query")).doesNotContain(word);
            JsonPath then = as("weibin-webmaster", "weibin").queryParam("week", later).get("/api/admin/search/stats")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(then.getString("week")).isEqualTo(later);
            assertThat(then.getString("label")).startsWith(later.substring(0, 4) + " 年第 ");
            assertThat(row(then, "failed", word)).containsEntry("emptySearches", 1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void personalLookingQueriesAndBlankOnesAreNotKept() {
        assertThat(SearchLog.normalize("13800138000")).isEmpty();
        assertThat(SearchLog.normalize("身份证 61030219900101123X")).isEmpty();
        assertThat(SearchLog.normalize("zhang.san@example.com 投诉")).isEmpty();
        // The same numbers written in groups, as people type them.
        assertThat(SearchLog.normalize("138 0013 8000")).isEmpty();
        assertThat(SearchLog.normalize("138-0013-8000")).isEmpty();
        assertThat(SearchLog.normalize("138.0013.8000 低保")).isEmpty();
        assertThat(SearchLog.normalize("０９１７－３２６１２３４")).isEmpty();
        assertThat(SearchLog.normalize("610302 19900101 123X")).isEmpty();
        assertThat(SearchLog.normalize("身份证 610302-19900101-123x")).isEmpty();
        assertThat(SearchLog.normalize("138\u30000013\u30008000")).isEmpty();
        // Short numbers apart stay ordinary searches.
        assertThat(SearchLog.normalize("G85 高速 2024 年")).contains("g85 高速 2024 年");
        assertThat(SearchLog.normalize("12345 号文件")).contains("12345 号文件");
        assertThat(SearchLog.normalize("   ")).isEmpty();
        assertThat(SearchLog.normalize("  Ｇ８５高速　 2024年 ")).contains("g85高速 2024年");
        assertThat(SearchLog.normalize("字".repeat(300)).orElseThrow()).hasSize(SearchLog.MAX_LENGTH);

        anonymous("weibin").queryParam("q", "13800138000 低保").get("/search").then().statusCode(200);
        anonymous("weibin").queryParam("q", "139 0917 6543 低保").get("/search").then().statusCode(200);
        log.flush();
        JsonPath weibin = as("weibin-webmaster", "weibin").get("/api/admin/search/stats").then().statusCode(200)
                .extract().jsonPath();
        assertThat(weibin.getList("top.query", String.class)).noneMatch(q -> q.contains("13800138000"))
                .noneMatch(q -> q.contains("6543"));
        assertThat(weibin.getList("failed.query", String.class)).noneMatch(q -> q.contains("6543"));
    }

    @Test
    void aCountyStillBeingProvisionedLeavesTheCityFiguresAndTheRebuildWorking() throws Exception {
        TenantCode code = TenantCode.of("sousuokaitong");
        // Registered but its schema not made yet: a provisioning run still going, or stopped half way.
        store.insertIfAbsent(new TenantSpec(code, "开通区", "开通区人民政府", TenantKind.DISTRICT, "619991", "6199910001",
                "base", List.of(code.value() + ".localhost"), new SiteFooter("开通区人民政府办公室", null, null, null, null,
                        null, null)));
        directory.refresh();
        try {
            JsonPath city = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                    .get("/api/console/search/stats").then().statusCode(200).extract().jsonPath();
            assertThat(city.getList("counties.county")).contains("weibin", "taibai").doesNotContain(code.value());
            given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                    .queryParam("county", code.value()).get("/api/console/search/stats").then().statusCode(404);

            // Rebuilding every county's search index reads no county without tables, so it gets to the end.
            await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild().get("/api/console/search/rebuild").then()
                    .extract().jsonPath().getBoolean("running"));
            rebuild().queryParam("county", code.value()).post("/api/console/search/rebuild").then().statusCode(404);
            int total = rebuild().post("/api/console/search/rebuild").then().statusCode(202).extract().jsonPath()
                    .getInt("countiesTotal");
            assertThat((long) total)
                    .isEqualTo(directory.all().stream().filter(t -> t.status() != TenantStatus.PROVISIONING).count());
            await().atMost(Duration.ofSeconds(60)).until(() -> !rebuild().get("/api/console/search/rebuild").then()
                    .extract().jsonPath().getBoolean("running"));
            JsonPath done = rebuild().get("/api/console/search/rebuild").then().statusCode(200).extract().jsonPath();
            assertThat(done.getString("error")).isNull();
            assertThat(done.getInt("countiesDone")).isEqualTo(total);
        } finally {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "DELETE FROM platform.tenant WHERE code = ? AND status = 'PROVISIONING'")) {
                ps.setString(1, code.value());
                ps.executeUpdate();
            }
            directory.refresh();
        }
    }

    @Test
    void badWeeksAndCountiesAreRefusedClearly() {
        Response bad = as("weibin-webmaster", "weibin").queryParam("week", "2026-48").get("/api/admin/search/stats");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.jsonPath().getString("detail")).contains("2026-W48");
        as("weibin-webmaster", "weibin").queryParam("week", "2026-W60").get("/api/admin/search/stats").then()
                .statusCode(400);
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .queryParam("county", "nosuchcounty").get("/api/console/search/stats").then().statusCode(404);
    }

    @Test
    void anotherCountysWebmasterCannotReadTheStatistics() {
        // By host: taibai's webmaster on weibin's API; by account on the page.
        Response api = as("taibai-webmaster", "weibin").get("/api/admin/search/stats");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.jsonPath().getString("title")).isEqualTo("没有权限");
        as("weibin-editor", "weibin").get("/api/admin/search/stats").then().statusCode(403);
        anonymous("weibin").get("/api/admin/search/stats").then().statusCode(401);
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .get("/api/console/search/stats").then().statusCode(403);
        // The city's API does not exist under a county's domain.
        given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/search/stats").then().statusCode(404);

        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url("weibin", "/admin/search/stats")), "taibai-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.asString()).contains("没有权限");
    }

    @Test
    void webmasterAndCityReadTheWeekOnTheirPages() {
        String word = word("户籍");
        log.record(TenantCode.of("weibin"), word, 0);
        log.flush();
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url("weibin", "/admin/search/stats")), "weibin-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.asString();
        assertThat(html).contains("搜索统计").contains("热门搜索").contains("无结果的搜索").contains(word)
                .contains("type=\"week\"").contains("value=\"" + SearchWeek.current(clock).key() + "\"")
                .doesNotContain(">null<").doesNotContain(">false<");
        Response chosen = browser.open(url("weibin", "/admin/search/stats?week=2020-W01"));
        assertThat(chosen.asString()).contains("2020 年第 1 周").contains("本周没有搜索记录").doesNotContain(word);

        BrowserSession city = new BrowserSession();
        Response console = city.logIn(city.open(url("console", "/console/search/stats")), "city-admin",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.asString()).contains("全市合计").contains("渭滨区").contains("太白县").contains(word);
        Response county = city.open(url("console", "/console/search/stats?county=taibai"));
        assertThat(county.asString()).doesNotContain(word);
    }

    private static io.restassured.specification.RequestSpecification rebuild() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(JsonPath json, String list, String query) {
        List<Map<String, Object>> rows = json.getList(list);
        return rows.stream().filter(r -> query.equals(r.get("query"))).findFirst()
                .orElseThrow(() -> new AssertionError(query + " not in " + list + ": " + rows));
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
