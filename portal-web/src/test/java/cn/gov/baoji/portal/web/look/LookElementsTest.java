package cn.gov.baoji.portal.web.look;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.awt.Color;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestImages;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The parts of a look beyond theme and colours: logo and banner images, site name lines, home page
 * blocks and layout, navigation order, footer facts; and that a look published on another
 * instance shows here at once.
 */
@QuarkusTest
class LookElementsTest {

    private static final String DRAFT = "/api/admin/look/draft";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void counties() {
        RedirectUris.allow(keycloak, root.getPort(), "lookfive", "looksix", "looknine");
        provision("lookfive", "观五区", "619915", "classic");
        provision("looksix", "观六区", "619916", "classic");
        provision("lookseven", "观七区", "619917", "modern");
        provision("lookeight", "观八区", "619918", "classic");
        provision("looknine", "观九区", "619919", "classic");
        provision("lookten", "观十区", "619910", "classic");
    }

    @Test
    void logoAndBannerAreSeenByCitizensOnlyOncePublishedAndOnlyInTheirCounty() throws Exception {
        byte[] logo = TestImages.png(96, 96, new Color(0x8b, 0x1a, 0x1a));
        long logoId = upload("lookfive", "logo", logo, "image/png").then().statusCode(201)
                .body("kind", equalTo("logo")).body("width", equalTo(96)).extract().jsonPath().getLong("id");
        long bannerId = upload("lookfive", "banner", TestImages.jpeg(1200, 300, new Color(0x1f, 0x6f, 0x43)), "image/jpeg")
                .then().statusCode(201).body("contentType", equalTo("image/jpeg")).extract().jsonPath().getLong("id");

        Map<String, Object> look = look("classic");
        look.put("logoId", logoId);
        look.put("bannerId", bannerId);
        as("city-admin", "lookfive").body(look).put(DRAFT).then().statusCode(200);

        // A draft's images are not public; the webmaster's preview shows them.
        anonymous("lookfive").get("/look/assets/" + logoId).then().statusCode(404);
        anonymous("lookfive").get("/").then().body(not(containsString("site-logo")));
        BrowserSession webmaster = new BrowserSession();
        Response preview = webmaster.logIn(webmaster.open(url("lookfive", "/admin/look/preview")), "city-admin",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(preview.asString()).contains("src=\"/admin/look/assets/" + logoId + "\"")
                .contains("src=\"/admin/look/assets/" + bannerId + "\"");
        assertThat(webmaster.open(url("lookfive", "/admin/look/assets/" + logoId)).asByteArray()).isEqualTo(logo);

        as("city-admin", "lookfive").post("/api/admin/look/publish").then().statusCode(200);
        Document home = Jsoup.parse(anonymous("lookfive").get("/").asString());
        assertThat(home.select("img.site-logo").attr("src")).isEqualTo("/look/assets/" + logoId);
        assertThat(home.select(".home-banner img").attr("src")).isEqualTo("/look/assets/" + bannerId);
        Response image = anonymous("lookfive").get("/look/assets/" + logoId);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.asByteArray()).isEqualTo(logo);

        // Another county: not by its host, not by its webmaster, not by naming the id in its own look.
        anonymous("looksix").get("/look/assets/" + logoId).then().statusCode(404);
        anonymous("looksix").get("/").then().body(not(containsString("site-logo")));
        anonymous("weibin").get("/look/assets/" + logoId).then().statusCode(404);
        anonymous("weibin").get("/").then().body(not(containsString("/look/assets/")));
        as("taibai-webmaster", "lookfive").body(look).put(DRAFT).then().statusCode(403);
        Map<String, Object> borrowed = look("classic");
        borrowed.put("logoId", logoId);
        as("city-admin", "looksix").body(borrowed).put(DRAFT).then().statusCode(400).body("field", equalTo("logoId"));
        as("city-admin", "looksix").body(Map.of("theme", "classic", "bannerId", logoId)).put(DRAFT).then()
                .statusCode(400).body("field", equalTo("bannerId"));
        anonymous("looksix").get("/").then().body(not(containsString("site-logo")));

        // Ids are counted per county: looksix's own first logo may have the same id, and each host
        // serves its own county's bytes under it.
        byte[] otherLogo = TestImages.png(80, 80, Color.BLUE);
        long otherId = upload("looksix", "logo", otherLogo, "image/png").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Map<String, Object> own = look("classic");
        own.put("logoId", otherId);
        as("city-admin", "looksix").body(own).put(DRAFT).then().statusCode(200);
        as("city-admin", "looksix").post("/api/admin/look/publish").then().statusCode(200);
        assertThat(anonymous("looksix").get("/look/assets/" + otherId).asByteArray()).isEqualTo(otherLogo);
        assertThat(anonymous("lookfive").get("/look/assets/" + logoId).asByteArray()).isEqualTo(logo);
        if (otherId != logoId) {
            anonymous("looksix").get("/look/assets/" + logoId).then().statusCode(404);
        }
    }

    @Test
    void theWebmasterPreviewsTheDraftOnEveryPageAndNobodyElseSeesIt() {
        as("city-admin", "looknine").body(Map.of("theme", "classic", "primaryColor", "#5a2d82")).put(DRAFT).then()
                .statusCode(200);
        String host = "looknine.localhost";

        BrowserSession webmaster = new BrowserSession();
        Response editor = webmaster.logIn(webmaster.open(url("looknine", "/admin/look/")), "city-admin",
                KeycloakTokens.DEMO_PASSWORD);
        Response home = webmaster.submit(url("looknine", "/admin/look/preview/site"),
                Map.of("csrf-token", BrowserSession.csrfToken(editor)));
        assertThat(webmaster.lastUrl()).endsWith("/");
        assertThat(home.asString()).contains("--primary: #5a2d82").contains("只有您能看到");
        Response channel = webmaster.open(url("looknine", "/channels/xwdt"));
        assertThat(channel.asString()).contains("--primary: #5a2d82").contains("退出预览");
        assertThat(channel.header("Cache-Control")).as("no cache on the way keeps a draft page").isEqualTo("private, no-store");

        // Citizens, with or without the cookie, and an account of another county, see the published look.
        anonymous("looknine").get("/").then().body(not(containsString("#5a2d82"))).body(not(containsString("退出预览")));
        anonymous("looknine").cookie("look_preview", "1").get("/channels/xwdt").then()
                .body(not(containsString("#5a2d82")));
        BrowserSession other = new BrowserSession();
        Response notTheirs = other.logIn(other.open(url("looknine", "/admin/look/")), "taibai-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(notTheirs.statusCode()).as("signed in, but not looknine's webmaster").isEqualTo(403);
        other.setCookie(host, "look_preview", "1");
        assertThat(other.open(url("looknine", "/")).asString()).doesNotContain("#5a2d82").doesNotContain("退出预览");

        webmaster.open(url("looknine", "/admin/look/preview/exit"));
        assertThat(webmaster.open(url("looknine", "/")).asString()).doesNotContain("#5a2d82");
    }

    @Test
    void twoEditorsCannotOverwriteEachOthersDraftUnseen() {
        String start = as("city-admin", "lookten").get("/api/admin/look").then().statusCode(200).extract().jsonPath()
                .getString("draftToken");
        String first = as("city-admin", "lookten").queryParam("basedOn", start)
                .body(Map.of("theme", "classic", "primaryColor", "#111111")).put(DRAFT).then().statusCode(200)
                .extract().jsonPath().getString("draftToken");
        String second = as("city-admin", "lookten").queryParam("basedOn", first)
                .body(Map.of("theme", "classic", "primaryColor", "#222222")).put(DRAFT).then().statusCode(200)
                .extract().jsonPath().getString("draftToken");
        assertThat(second).isNotEqualTo(first);

        // Someone who opened the editor before the second save, or before there was a draft at all.
        for (String stale : List.of(first, start)) {
            as("city-admin", "lookten").queryParam("basedOn", stale).body(Map.of("theme", "modern", "primaryColor", "#333333"))
                    .put(DRAFT).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("本次操作没有保存"));
            as("city-admin", "lookten").queryParam("basedOn", stale).post("/api/admin/look/publish").then().statusCode(409);
        }
        as("city-admin", "lookten").get("/api/admin/look").then().body("draft.primaryColor", equalTo("#222222"))
                .body("draftToken", equalTo(second));
        anonymous("lookten").get("/").then().body(not(containsString("#222222")));

        as("city-admin", "lookten").queryParam("basedOn", second).post("/api/admin/look/publish").then().statusCode(200);
        anonymous("lookten").get("/").then().body(containsString("--primary: #222222"));
        // No draft then and no draft now, but a look was published meanwhile: still refused.
        as("city-admin", "lookten").queryParam("basedOn", start).body(Map.of("theme", "modern")).put(DRAFT).then()
                .statusCode(409);
        anonymous("lookten").get("/").then().body(containsString("--primary: #222222"));
    }

    @Test
    void badImagesAreRefusedAndNothingIsStored() throws Exception {
        long before = count("lookfive", "SELECT count(*) FROM look_asset");
        byte[] script = "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] png = TestImages.png(64, 64, Color.RED);
        byte[] truncated = Arrays.copyOf(png, 20);
        byte[] huge = Arrays.copyOf(png, 1024 * 1024 + 1);

        upload("lookfive", "logo", script, "image/svg+xml").then().statusCode(400).body("field", equalTo("file"))
                .body("detail", containsString("PNG"));
        upload("lookfive", "logo", exe, "image/png").then().statusCode(400).body("field", equalTo("file"));
        upload("lookfive", "logo", truncated, "image/png").then().statusCode(400)
                .body("detail", containsString("损坏"));
        upload("lookfive", "logo", new byte[0], "image/png").then().statusCode(400);
        upload("lookfive", "logo", huge, "image/png").then().statusCode(413).body("detail", containsString("1 MB"));
        upload("lookfive", "logo", TestImages.png(4001, 10, Color.RED), "image/png").then().statusCode(400)
                .body("detail", containsString("4000"));
        upload("lookfive", "poster", png, "image/png").then().statusCode(400).body("field", equalTo("kind"));
        anonymous("lookfive").contentType("image/png").body(png).queryParam("kind", "logo")
                .post("/api/admin/look/assets").then().statusCode(401);
        as("weibin-editor", "weibin").contentType("image/png").body(png).queryParam("kind", "logo")
                .post("/api/admin/look/assets").then().statusCode(403);

        assertThat(count("lookfive", "SELECT count(*) FROM look_asset")).isEqualTo(before);
    }

    @Test
    void namesHomeBlocksNavigationAndFooterAreTheWebmastersChoice() {
        Map<String, Object> look = look("modern");
        look.put("names", Map.of("title", "观七区人民政府门户网站", "subtitle", "秦岭北麓 · 渭水之滨"));
        look.put("home", Map.of("layout", "feature", "blocks", List.of(Map.of("channel", "tzgg", "items", 2),
                Map.of("channel", "xwdt", "items", 3))));
        look.put("navOrder", List.of("zcwj", "xwdt"));
        look.put("footer", footer("6199170001"));
        as("city-admin", "lookseven").body(look).put(DRAFT).then().statusCode(200);
        as("city-admin", "lookseven").post("/api/admin/look/publish").then().statusCode(200);

        Document home = Jsoup.parse(anonymous("lookseven").get("/").asString());
        assertThat(home.select(".site-title").text()).isEqualTo("观七区人民政府门户网站");
        assertThat(home.select(".site-subtitle").text()).isEqualTo("秦岭北麓 · 渭水之滨");
        assertThat(home.select(".channel-grid").hasClass("layout-feature")).isTrue();
        List<Element> cards = home.select(".channel-card");
        assertThat(cards).extracting(c -> c.select("h2").text()).containsExactly("通知公告", "新闻动态");
        assertThat(cards.get(0).select(".article-list li")).hasSize(2);
        assertThat(cards.get(1).select(".article-list li")).hasSize(3);
        assertThat(home.select("nav[aria-label=主导航] li").eachText()).startsWith("首页", "政策文件", "新闻动态");
        String footerText = home.select("footer").text();
        assertThat(footerText).contains("主办单位：观七区人民政府办公室").contains("承办单位：观七区大数据中心")
                .contains("网站标识码：6199170001").contains("陕ICP备12345678号-1").contains("陕公网安备 61030202000123号")
                .contains("观七区政务大楼").contains("0917-1234567");
        anonymous("lookseven").get("/api/v1/site").then().statusCode(200)
                .body("siteIdentifier", equalTo("6199170001")).body("footer.undertaker", equalTo("观七区大数据中心"))
                .body("channels[0].code", equalTo("zcwj"));
        // Every page carries the footer and navigation, not just the home page.
        anonymous("lookseven").get("/channels/xwdt").then().body(containsString("6199170001"));
    }

    @Test
    void wrongNamesBlocksNavigationOrFooterAreRefusedAndNothingIsSaved() {
        as("city-admin", "lookeight").body(look("classic")).put(DRAFT).then().statusCode(200);
        String before = as("city-admin", "lookeight").get("/api/admin/look").asString();
        Map<String, Object> longTitle = look("classic");
        longTitle.put("names", Map.of("title", "很".repeat(41)));
        expectRefused(longTitle, "names.title");
        expectRefused(with("home", Map.of("layout", "carousel")), "home.layout");
        expectRefused(with("home", Map.of("blocks", List.of(Map.of("channel", "nosuch", "items", 3)))), "channels");
        expectRefused(with("home", Map.of("blocks", List.of(Map.of("channel", "xwdt", "items", 21)))), "home.blocks");
        expectRefused(with("home", Map.of("blocks", List.of(Map.of("channel", "xwdt", "items", 3),
                Map.of("channel", "xwdt", "items", 4)))), "home.blocks");
        expectRefused(with("navOrder", List.of("xwdt", "xwdt")), "navOrder");
        expectRefused(with("navOrder", List.of("<script>")), "navOrder");
        Map<String, Object> noOrganizer = footer("6199180001");
        noOrganizer.put("organizer", " ");
        expectRefused(with("footer", noOrganizer), "footer.organizer");
        expectRefused(with("footer", footer("12345")), "footer.siteIdentifier");
        Map<String, Object> badIcp = footer("6199180001");
        badIcp.put("icpNumber", "备案中");
        expectRefused(with("footer", badIcp), "footer.icpNumber");

        assertThat(as("city-admin", "lookeight").get("/api/admin/look").asString()).isEqualTo(before);
    }

    @Test
    void aLookPublishedByAnotherInstanceShowsHereAtOnce() throws Exception {
        anonymous("lookeight").get("/").then().statusCode(200);
        anonymous("lookeight").get("/").then().header("X-Page-Cache", "hit").body(not(containsString("#0a7e8c")));

        // A change that is rolled back notifies nobody: the cached page stays. Notices arrive in the
        // order they were committed, so once a later notice for another county has arrived, the
        // rolled-back one would have arrived too.
        anonymous("lookten").get("/").then().statusCode(200);
        anonymous("lookten").get("/").then().header("X-Page-Cache", "hit");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_notify('portal_content_changed', 'lookeight')");
            }
            c.rollback();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_notify('portal_content_changed', 'lookten')");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(anonymous("lookten").get("/").header("X-Page-Cache")).as("lookten's page after its notice").isNull());
        anonymous("lookeight").get("/").then().header("X-Page-Cache", "hit");

        // What another instance's publishing does: change the rows and notify, in one transaction.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL search_path TO tenant_lookeight");
                s.executeUpdate("UPDATE look_version SET state = 'ARCHIVED' WHERE state = 'PUBLISHED'");
                s.executeUpdate("INSERT INTO look_version (state, settings_json, saved_by, published_at) VALUES ('PUBLISHED', "
                        + "'{\"theme\":\"modern\",\"primaryColor\":\"#0a7e8c\"}', '另一实例', now())");
                s.execute("SELECT pg_notify('portal_content_changed', 'lookeight')");
            }
            c.commit();
        }

        // Within 5 s, though the page cache keeps pages for 60 s.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(anonymous("lookeight").get("/").asString())
                .as("the other instance's look").contains("--primary: #0a7e8c").contains("modern-masthead"));
        anonymous("lookseven").get("/").then().body(not(containsString("#0a7e8c")));
    }

    private void expectRefused(Map<String, Object> look, String field) {
        Response r = as("city-admin", "lookeight").body(look).put(DRAFT);
        assertThat(r.statusCode()).as(look + " -> " + r.asString()).isEqualTo(400);
        assertThat(r.jsonPath().getString("field")).as(r.asString()).isEqualTo(field);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static Map<String, Object> with(String key, Object value) {
        Map<String, Object> look = look("classic");
        look.put(key, value);
        return look;
    }

    private static Map<String, Object> footer(String siteIdentifier) {
        Map<String, Object> footer = new HashMap<>();
        footer.put("organizer", "观七区人民政府办公室");
        footer.put("undertaker", "观七区大数据中心");
        footer.put("siteIdentifier", siteIdentifier);
        footer.put("icpNumber", "陕ICP备12345678号-1");
        footer.put("policeRecordNumber", "陕公网安备 61030202000123号");
        footer.put("address", "观七区政务大楼");
        footer.put("phone", "0917-1234567");
        return footer;
    }

    private static Response upload(String county, String kind, byte[] bytes, String type) {
        return as("city-admin", county).contentType(type).queryParam("kind", kind).body(bytes)
                .post("/api/admin/look/assets");
    }

    private long count(String county, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(sql.replace("FROM ", "FROM tenant_" + TenantCode.of(county).value() + "."))) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void provision(String code, String name, String division, String theme) {
        Counties.provision(provisioner, code, name, division, theme);
    }

    private static Map<String, Object> look(String theme) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", theme);
        return body;
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
