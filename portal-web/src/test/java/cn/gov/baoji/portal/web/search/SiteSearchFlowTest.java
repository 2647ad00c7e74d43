package cn.gov.baoji.portal.web.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.baoji.portal.core.search.SearchIndexer;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Site search end to end on the running app: items published or withdrawn by "another instance" (rows changed
 * over a connection of their own, then the change notice that instance would send) are found, or gone, within
 * 2 s; county isolation and the city search through the public API; refusals as problem JSON; the console API.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSearchFlowTest {

    // Instance fields from an overridable prefix: the same flow on another engine runs in the same database
    // after this one, so it needs counties of its own or it would find this run's items as well.
    private final String shigu = countyPrefix() + "a";
    private final String taoyuan = countyPrefix() + "b";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Inject
    TenantProvisioner provisioner;

    @Inject
    SearchIndexer indexer;

    private boolean warm;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> dbPassword;

    @BeforeAll
    void counties() {
        Counties.provision(provisioner, shigu, "石鼓区", "619981", "classic");
        Counties.provision(provisioner, taoyuan, "桃园县", "619982", "modern");
        // A new county's demo content is indexed by the next sweep (within a minute); here at once, so that
        // the 2 s below measure a change, not a county's first indexing.
        indexer.sync(shigu);
        indexer.sync(taoyuan);
    }

    /** The first search of a fresh JVM loads and compiles the whole path; not what the 2 s are about. */
    @BeforeEach
    void warmUp() {
        if (!warm) {
            search(shigu, "预热");
            search(taoyuan, "预热");
            anonymous(shigu).queryParam("q", "预热").queryParam("scope", "city").get("/api/v1/search").then().statusCode(200);
            warm = true;
        }
    }

    /** The two counties' codes begin with this. */
    protected String countyPrefix() {
        return "sousuo";
    }

    @Test
    void publishedOnAnotherInstanceIsFoundAndWithdrawnIsGoneWithinTwoSeconds() throws Exception {
        long id = publishAsAnotherInstance(shigu, "石鼓区启动蟠龙塬生态修复工程", "<p>蟠龙塬生态修复工程今日启动。</p>", false);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(shigu, "蟠龙塬").getInt("total") == 1);
        JsonPath found = search(shigu, "蟠龙塬");
        assertThat(found.getString("results[0].url")).isEqualTo("http://" + shigu + ".localhost:8080/articles/" + id);
        assertThat(found.getString("results[0].titleHtml")).isEqualTo("石鼓区启动<mark>蟠龙塬</mark>生态修复工程");
        assertThat(found.getString("results[0].countyName")).isEqualTo("石鼓区");
        assertThat(found.getString("results[0].type")).isEqualTo("article");

        withdrawAsAnotherInstance(shigu, id);
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(shigu, "蟠龙塬").getInt("total") == 0);
    }

    @Test
    void countySearchNeverShowsAnotherCountyAndCitySearchShowsBothLabelled() throws Exception {
        publishAsAnotherInstance(shigu, "石鼓区凤鸣湖冬捕节开幕", "<p>冬捕节为期三天。</p>", false);
        publishAsAnotherInstance(taoyuan, "桃园县凤鸣湖冬捕节收费公示", "<p>不收门票。</p>", true);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    assertThat(search(taoyuan, "凤鸣湖冬捕").getList("results.title")).hasSize(1);
                    assertThat(search(shigu, "凤鸣湖冬捕").getList("results.title")).hasSize(1);
                });
        assertThat(search(shigu, "凤鸣湖冬捕").getList("results.county")).containsOnly(shigu);
        assertThat(search(taoyuan, "凤鸣湖冬捕").getString("results[0].type")).isEqualTo("disclosure");
        JsonPath city = anonymous(shigu).queryParam("q", "凤鸣湖冬捕").queryParam("scope", "city").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        // Other tests' counties may hold the same words; only this test's two counties are checked.
        assertThat(city.getList("results.findAll { it.county == '" + shigu + "' || it.county == '" + taoyuan
                + "' }.countyName")).containsExactlyInAnyOrder("石鼓区", "桃园县");
        assertThat(city.getList("results.url", String.class)).anyMatch(u -> u.startsWith("http://" + taoyuan + ".localhost:8080/"));
    }

    @Test
    void aSuspendedCountyLeavesTheCitySearchAtOnceAndComesBackWhenReinstated() throws Exception {
        publishAsAnotherInstance(taoyuan, "桃园县磻溪谷红叶节开幕", "<p>磻溪谷红叶节为期一个月。</p>", false);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> citySearch(shigu, "磻溪谷红叶节").contains(taoyuan));
        assertThat(consoleSearch("磻溪谷红叶节")).contains(taoyuan);
        provisioner.setSuspended(TenantCode.of(taoyuan), true);
        try {
            // No reindexing, no waiting: the next search leaves the county out, on its neighbour's site and in the console.
            assertThat(citySearch(shigu, "磻溪谷红叶节")).doesNotContain(taoyuan);
            assertThat(consoleSearch("磻溪谷红叶节")).doesNotContain(taoyuan);
            // Its own host answers the maintenance notice, for the search as for everything else.
            anonymous(taoyuan).queryParam("q", "磻溪谷红叶节").get("/api/v1/search").then().statusCode(503)
                    .body("type", equalTo("/problems/site-suspended"));
            anonymous(taoyuan).queryParam("q", "磻溪谷红叶节").queryParam("scope", "city").get("/search").then()
                    .statusCode(503);
        } finally {
            provisioner.setSuspended(TenantCode.of(taoyuan), false);
        }
        assertThat(citySearch(shigu, "磻溪谷红叶节")).contains(taoyuan);
        assertThat(consoleSearch("磻溪谷红叶节")).contains(taoyuan);
        assertThat(search(taoyuan, "磻溪谷红叶节").getList("results.county")).containsOnly(taoyuan);
    }

    @Test
    void serviceGuidesAndAnsweredMessagesAreFoundWithoutPersonalData() throws Exception {
        // The demo guide of 生育登记 that every county publishes mentions 流动人口.
        JsonPath guides = anonymous(shigu).queryParam("q", "流动人口").queryParam("type", "service").get("/api/v1/search")
                .then().statusCode(200).extract().jsonPath();
        assertThat(guides.getList("results.url", String.class))
                .contains("http://" + shigu + ".localhost:8080/services/BJ-GG-0101");
        assertThat(guides.getList("results.type", String.class)).containsOnly("service");

        long id = answeredMessageAsAnotherInstance(shigu, "金陵河步道路灯不亮", "金陵河步道晚上一片漆黑。",
                "已安排维修，路灯于本周恢复照明。");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(shigu, "金陵河步道").getInt("total") == 1);
        JsonPath found = search(shigu, "恢复照明");
        assertThat(found.getString("results[0].type")).isEqualTo("message");
        assertThat(found.getString("results[0].url")).isEqualTo("http://" + shigu + ".localhost:8080/messages/" + id);
        assertThat(found.prettify()).doesNotContain("张留言人").doesNotContain("13800001111").doesNotContain("liuyan@example.cn");
        // The message's writer's name and phone are not searchable either.
        assertThat(search(shigu, "张留言人").getInt("total")).isZero();

        try (Connection c = connection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE tenant_" + shigu + ".message SET published = false WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            notifyChange(c, shigu);
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(shigu, "金陵河步道").getInt("total") == 0);
    }

    @Test
    void markupInIndexedTextComesBackEscaped() throws Exception {
        publishAsAnotherInstance(shigu, "<img src=x onerror=alert(1)>渭河湿地观鸟节", "<p>&lt;script&gt;alert(2)&lt;/script&gt;渭河湿地观鸟节开幕。</p>",
                false);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> search(shigu, "观鸟节").getInt("total") == 1);
        JsonPath r = search(shigu, "观鸟节");
        assertThat(r.getString("results[0].titleHtml")).isEqualTo("&lt;img src=x onerror=alert(1)&gt;渭河湿地<mark>观鸟节</mark>");
        assertThat(r.getString("results[0].snippet")).isEqualTo("&lt;script&gt;alert(2)&lt;/script&gt;渭河湿地<mark>观鸟节</mark>开幕。");
    }

    @Test
    void refusedQueriesAndBadParametersAreProblemJson() {
        refused(Map.of(), "q", "请输入要搜索的内容");
        refused(Map.of("q", "教".repeat(2_000)), "q", "搜索内容不能超过 100 个字");
        refused(Map.of("q", "x".repeat(2_000)), "q", "搜索内容不能超过 100 个字");
        refused(Map.of("q", "*:*"), "q", "搜索内容中没有可查找的文字或数字");
        refused(Map.of("q", "教育", "page", "abc"), "page", "页码须为整数");
        refused(Map.of("q", "教育", "size", "500"), "size", "每页条数须在 1 至 50 之间");
        refused(Map.of("q", "教育", "type", "video"), "type", "类型只能是 article、disclosure、service、message");
        refused(Map.of("q", "教育", "from", "2024-13-01"), "from", "日期格式应为 年-月-日，例如 2024-01-31");
        refused(Map.of("q", "教育", "from", "2024-05-01", "to", "2024-04-01"), "to", "结束日期不能早于开始日期");
        refused(Map.of("q", "教育", "scope", "world"), "scope", "搜索范围只能是 county（本站）或 city（全市）");
        refused(Map.of("q", "教育", "sort", "random"), "sort", "排序只能是 relevance（相关度）或 date（日期）");
        for (String q : List.of("title:x", "a AND b", "\"义务教育", "a) OR (b", "\\\"; DROP TABLE article; --")) {
            anonymous(shigu).queryParam("q", q).get("/api/v1/search").then().statusCode(200);
        }
    }

    @Test
    void consoleMaintainsSynonymsAndRebuildsWhileSearchAnswers() throws Exception {
        publishAsAnotherInstance(shigu, "石鼓区青檀公寓配租公告", "<p>配租对象名单公示。</p>", false);
        await().atMost(Duration.ofSeconds(10)).until(() -> search(shigu, "青檀公寓").getInt("total") == 1);
        int id = console().body(Map.of("term", "青檀房", "alternative", "青檀公寓", "oneWay", false))
                .post("/api/console/search/synonyms").then().statusCode(201).body("term", equalTo("青檀房"))
                .extract().path("id");
        console().body(Map.of("term", "青檀房", "alternative", "青檀公寓")).post("/api/console/search/synonyms").then()
                .statusCode(409).contentType(startsWith("application/problem+json"));
        console().body(Map.of("term", "<b>", "alternative", "x")).post("/api/console/search/synonyms").then().statusCode(400)
                .body("field", equalTo("term"));
        assertThat(console().get("/api/console/search/synonyms").then().statusCode(200).extract().jsonPath()
                .getList("term")).contains("医保", "社保", "渭宾", "青檀房");
        // The list is read again within 30 s on every instance; at once on the one that changed it.
        assertThat(search(shigu, "配租 青檀房").getInt("total")).isEqualTo(1);
        console().delete("/api/console/search/synonyms/" + id).then().statusCode(204);
        console().delete("/api/console/search/synonyms/" + id).then().statusCode(404);

        // Another test may have started one (the access matrix does).
        await().atMost(Duration.ofSeconds(60)).until(() -> !console().get("/api/console/search/rebuild").then().extract()
                .jsonPath().getBoolean("running"));
        console().post("/api/console/search/rebuild?county=" + shigu).then().statusCode(202).body("running", equalTo(true));
        console().post("/api/console/search/rebuild").then().statusCode(409);
        // Searches go on answering during the rebuild, always with the county's complete set.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            assertThat(search(shigu, "青檀公寓").getInt("total")).isEqualTo(1);
            return !console().get("/api/console/search/rebuild").then().statusCode(200).extract().jsonPath()
                    .getBoolean("running");
        });
        JsonPath done = console().get("/api/console/search/rebuild").then().extract().jsonPath();
        assertThat(done.getInt("countiesDone")).isEqualTo(1);
        assertThat(done.getString("error")).isNull();
        console().post("/api/console/search/rebuild?county=nosuchcounty").then().statusCode(404);
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .get("/api/console/search/synonyms").then().statusCode(403);
    }

    private void refused(Map<String, String> params, String field, String detail) {
        long start = System.nanoTime();
        Response r = anonymous(shigu).queryParams(params).get("/api/v1/search");
        r.then().statusCode(400).contentType(startsWith("application/problem+json")).body("field", equalTo(field))
                .body("detail", equalTo(detail));
        assertThat(r.asString()).doesNotContain("Exception").doesNotContain("at cn.gov");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    private static RequestSpecification anonymous(String county) {
        // A different client address each time: these tests are not about the rate limit.
        return given().header("Host", county + ".localhost").header("X-Forwarded-For", "198.51.100." + (ADDRESS.getAndIncrement() % 250 + 1));
    }

    private static RequestSpecification console() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json");
    }

    /** The counties (codes) of the city search's results, asked on {@code county}'s site. */
    private static List<String> citySearch(String county, String q) {
        return anonymous(county).queryParam("q", q).queryParam("scope", "city").queryParam("size", "50")
                .get("/api/v1/search").then().statusCode(200).extract().jsonPath().getList("results.county", String.class);
    }

    private static List<String> consoleSearch(String q) {
        return console().queryParam("q", q).queryParam("size", "50").get("/api/console/search").then().statusCode(200)
                .extract().jsonPath().getList("hits.tenantCode", String.class);
    }

    private static JsonPath search(String county, String q) {
        return anonymous(county).queryParam("q", q).get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    /** What another instance does when an article is published there: rows in one transaction, then the notice. */
    private long publishAsAnotherInstance(String county, String title, String body, boolean disclosure) throws Exception {
        String schema = "tenant_" + county;
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            long channel = single(c, "SELECT id FROM " + schema + ".channel WHERE code = 'xwdt'");
            long department = single(c, "SELECT min(id) FROM " + schema + ".department");
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".article (channel_id, department_id, title,"
                    + " body_html, state, author_subject, author_name, first_published_at, public_revision_no, revision_count,"
                    + " disclosure) VALUES (?, ?, ?, ?, 'PUBLISHED', 'another-instance', '另一实例', now(), 1, 1, ?) RETURNING id")) {
                ps.setLong(1, channel);
                ps.setLong(2, department);
                ps.setString(3, title);
                ps.setString(4, body);
                ps.setBoolean(5, disclosure);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".published_article (article_id, revision_no,"
                    + " channel_id, department_id, title, body_html, published_at, updated_at, disclosure)"
                    + " VALUES (?, 1, ?, ?, ?, ?, now(), now(), ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, channel);
                ps.setLong(3, department);
                ps.setString(4, title);
                ps.setString(5, body);
                ps.setBoolean(6, disclosure);
                ps.executeUpdate();
            }
            notifyChange(c, county);
            c.commit();
            return id;
        }
    }

    private void withdrawAsAnotherInstance(String county, long id) throws Exception {
        String schema = "tenant_" + county;
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + schema + ".published_article WHERE article_id = ?")) {
                ps.setLong(1, id);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + schema + ".article SET state = 'WITHDRAWN',"
                    + " public_revision_no = NULL WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            notifyChange(c, county);
            c.commit();
        }
    }

    private long answeredMessageAsAnotherInstance(String county, String title, String content, String reply) throws Exception {
        String schema = "tenant_" + county;
        String unique = Long.toString(System.nanoTime(), 36).toUpperCase();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + schema + ".message (query_code, submission_key, kind,"
                    + " addressee, title, content, name, phone, email, publish_allowed, state, received_at, due_on, accepted_at,"
                    + " replied_at, reply, reply_by, published) VALUES (?, ?, 'SUGGEST', 'leader', ?, ?, '张留言人', '13800001111',"
                    + " 'liuyan@example.cn', true, 'REPLIED', now(), current_date + 5, now(), now(), ?, '另一实例', true)"
                    + " RETURNING id")) {
                ps.setString(1, (unique + "XXXXXXXXXXXX").substring(0, 12));
                ps.setString(2, "search-test-" + unique);
                ps.setString(3, title);
                ps.setString(4, content);
                ps.setString(5, reply);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            notifyChange(c, county);
            c.commit();
            return id;
        }
    }

    private static void notifyChange(Connection c, String county) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('portal_content_changed', ?)")) {
            ps.setString(1, county);
            ps.execute();
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connection() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", dbUser);
        dbPassword.ifPresent(p -> properties.setProperty("password", p));
        return DriverManager.getConnection(jdbcUrl, properties);
    }
}
