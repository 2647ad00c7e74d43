package cn.gov.baoji.portal.web.look;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A webmaster changes the county's look as a draft, previews it, publishes it, restores an older
 * version; bad templates and CSS are refused; nothing of it reaches another county.
 */
@QuarkusTest
class LookCustomizationTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @BeforeEach
    void allowThisTestPort() {
        RedirectUris.allow(keycloak, root.getPort(), "lookone", "lookfour");
        // Counties of their own, so that changing their looks disturbs no other test.
        provision("lookone", "观一区", "619911", "landscape");
        provision("looktwo", "观二区", "619912", "classic");
        provision("lookthree", "观三区", "619913", "classic");
        provision("lookfour", "观四区", "619914", "classic");
    }

    @Test
    void draftPreviewPublishAndRestore() {
        // lookone starts in the landscape theme.
        anonymous("lookone").get("/").then().body(containsString("landscape-banner"));
        String taibaiBefore = anonymous("taibai").get("/").asString();

        as("city-admin", "lookone").body(look("modern", "#123456", "#654321", ".site-title { letter-spacing: 0; }",
                Map.of())).put("/api/admin/look/draft").then().statusCode(200).body("state", equalTo("DRAFT"));
        // A draft is seen by nobody but the webmaster's preview.
        anonymous("lookone").get("/").then().body(containsString("landscape-banner")).body(not(containsString("#123456")));
        BrowserSession webmaster = new BrowserSession();
        Response preview = webmaster.logIn(webmaster.open(url("lookone", "/admin/look/preview")), "city-admin",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.asString()).contains("modern-masthead").contains("--primary: #123456")
                .contains("/admin/look/preview.css");

        as("city-admin", "lookone").post("/api/admin/look/publish").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));
        anonymous("lookone").get("/").then().body(containsString("modern-masthead"))
                .body(containsString("--primary: #123456")).body(containsString("/look.css"));
        anonymous("lookone").get("/look.css").then().statusCode(200).body(containsString("letter-spacing"));

        as("city-admin", "lookone").body(look("classic", "#aa0000", "#ddaa00", null, Map.of()))
                .put("/api/admin/look/draft").then().statusCode(200);
        as("city-admin", "lookone").post("/api/admin/look/publish").then().statusCode(200);
        anonymous("lookone").get("/").then().body(containsString("theme-classic"));

        List<Map<String, Object>> history = as("city-admin", "lookone").get("/api/admin/look").then().statusCode(200)
                .extract().jsonPath().getList("history");
        Object modernVersion = history.stream().filter(v -> "ARCHIVED".equals(v.get("state"))).findFirst().orElseThrow()
                .get("id");
        as("city-admin", "lookone").post("/api/admin/look/versions/" + modernVersion + "/restore").then()
                .statusCode(200);
        anonymous("lookone").get("/").then().body(containsString("modern-masthead"));

        // Another county saw none of it.
        assertThat(anonymous("taibai").get("/").asString()).isEqualTo(taibaiBefore);
        as("taibai-webmaster", "lookone").get("/api/admin/look").then().statusCode(403);
        anonymous("taibai").get("/look.css").then().statusCode(200).body(not(containsString("letter-spacing")));
    }

    @Test
    void badTemplatesAndCssAreRefusedAndNothingChanges() {
        String before = as("city-admin", "looktwo").get("/api/admin/look").asString();
        String live = anonymous("looktwo").get("/").asString();
        Map<String, String> broken = Map.of(
                "footer", "<footer>{#if footer.organizer}未闭合</footer>",
                "home", "{#include layout}{#main}{inject:tenantStore}{/main}{/include}",
                "nav-items", "<li>{site.class.classLoader}</li>",
                "home-blocks", "<p>{nosuch.thing}</p>",
                "sitemap", "{config:quarkus.datasource.password}",
                // Parses and renders, but drops what every page must keep.
                "layout", "<!DOCTYPE html><html lang=\"zh-CN\"><body><main id=\"main\">{#insert main}{/insert}</main>"
                        + "{#include footer /}</body></html>");
        broken.forEach((name, template) -> {
            Response r = as("city-admin", "looktwo").body(look("classic", null, null, null, Map.of(name, template)))
                    .put("/api/admin/look/draft");
            assertThat(r.statusCode()).as(name + ": " + r.asString()).isEqualTo(400);
            assertThat(r.jsonPath().getString("field")).isEqualTo("templates");
        });
        as("city-admin", "looktwo").body(look("classic", null, null, null, Map.of("footer", "<footer>版权所有</footer>")))
                .put("/api/admin/look/draft").then().statusCode(400)
                .body("detail", containsString("页脚中的“观二区人民政府办公室”")).body("detail", containsString(Counties.siteIdentifier("looktwo")));
        as("city-admin", "looktwo").body(look("classic", null, null, null, Map.of("layout",
                "<!DOCTYPE html><html lang=\"zh-CN\"><body><main id=\"main\">{#insert main}{/insert}</main>"
                        + "{#include footer /}</body></html>")))
                .put("/api/admin/look/draft").then().statusCode(400).body("detail", containsString("长者模式开关"))
                .body("detail", containsString("跳到主要内容"));
        for (String css : List.of("@import url(http://evil.example/x.css);", "body { width: expression(alert(1)); }",
                "body { background: url(https://evil.example/x.png); }", "body { background: url('//evil.example/x'); }",
                "</style><script>alert(1)</script>", "a { behavior: url(/x.htc); }")) {
            Response r = as("city-admin", "looktwo").body(look("classic", null, null, css, Map.of()))
                    .put("/api/admin/look/draft");
            assertThat(r.statusCode()).as(css + " -> " + r.asString()).isEqualTo(400);
            assertThat(r.jsonPath().getString("field")).as(css + " -> " + r.asString()).isEqualTo("customCss");
        }
        as("city-admin", "looktwo").body(look("nosuchtheme", null, null, null, Map.of()))
                .put("/api/admin/look/draft").then().statusCode(400);
        as("city-admin", "looktwo").body(look("classic", "red", null, null, Map.of())).put("/api/admin/look/draft")
                .then().statusCode(400).body("field", equalTo("primaryColor"));

        assertThat(as("city-admin", "looktwo").get("/api/admin/look").asString()).isEqualTo(before);
        assertThat(anonymous("looktwo").get("/").asString()).isEqualTo(live);
    }

    @Test
    void aValidOverrideOfOneTemplateIsUsedOnlyByItsCounty() {
        String footer = "<footer class='site-footer'><p>主办单位：{footer.organizer}（自定义页脚）</p>"
                + "<p>网站标识码：{site.siteIdentifier}</p></footer>";
        as("city-admin", "lookthree").body(look("classic", null, null, null, Map.of("footer", footer)))
                .put("/api/admin/look/draft").then().statusCode(200);
        as("city-admin", "lookthree").post("/api/admin/look/publish").then().statusCode(200);
        anonymous("lookthree").get("/").then().body(containsString("（自定义页脚）"));
        anonymous("weibin").get("/").then().body(not(containsString("（自定义页脚）")));
    }

    @Test
    void webmasterUsesTheLookPageInTheBackOffice() {
        BrowserSession webmaster = new BrowserSession();
        Response editor = webmaster.logIn(webmaster.open(url("lookfour", "/admin/look/")), "city-admin",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.asString()).contains("网站外观").contains("保存草稿");

        Response saved = webmaster.submit(url("lookfour", "/admin/look/"), Map.of("csrf-token",
                BrowserSession.csrfToken(editor), "theme", "modern", "primaryColor", "#2a9d8f", "secondaryColor", "#e76f51"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains("有未发布的草稿").contains("<td>草稿</td>");
        assertThat(webmaster.open(url("lookfour", "/admin/look/preview")).asString()).contains("--primary: #2a9d8f");
        anonymous("lookfour").get("/").then().body(not(containsString("#2a9d8f")));

        Response again = webmaster.open(url("lookfour", "/admin/look/"));
        Response refused = webmaster.submit(url("lookfour", "/admin/look/"), Map.of("csrf-token",
                BrowserSession.csrfToken(again), "theme", "modern", "customCss", "@import url(http://evil.example/a.css);"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("自定义样式不允许使用")
                .as("what was typed is still there to correct").contains("@import url(http://evil.example/a.css);");

        Map<String, String> footer = new HashMap<>(Map.of("csrf-token", BrowserSession.csrfToken(refused), "theme",
                "modern", "organizer", "观四区人民政府办公室", "address", "观四区人民路 1 号", "icpNumber", "备案中"));
        Response wrongIcp = webmaster.submit(url("lookfour", "/admin/look/"), footer);
        assertThat(wrongIcp.statusCode()).isEqualTo(400);
        assertThat(wrongIcp.asString()).contains("ICP备案号格式不对").contains("value=\"观四区人民路 1 号\"")
                .contains("value=\"备案中\"");

        // Another site's page posting the webmaster's form (even with a token pair it planted) is refused.
        String token = BrowserSession.csrfToken(webmaster.open(url("lookfour", "/admin/look/")));
        for (Map<String, String> crossSite : List.of(Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", "http://evil.localhost:" + root.getPort()))) {
            Response refusedPost = webmaster.post(url("lookfour", "/admin/look/publish"), Map.of("csrf-token", token),
                    crossSite);
            assertThat(refusedPost.statusCode()).as(crossSite.toString()).isEqualTo(403);
            assertThat(refusedPost.asString()).contains("此表单只能从本网站提交");
        }
        anonymous("lookfour").get("/").then().body(not(containsString("#2a9d8f")));

        // A form whose token does not match (a page open too long, a planted cookie) is refused with a page that says so.
        for (String stale : List.of("c3RhbGUtdG9rZW4tZnJvbS1hbm90aGVyLXBhZ2U", "not base64 at all!")) {
            Response refusedForm = webmaster.submit(url("lookfour", "/admin/look/publish"), Map.of("csrf-token", stale));
            assertThat(refusedForm.statusCode()).as(stale).isEqualTo(400);
            assertThat(refusedForm.asString()).contains("表单已失效").contains("没有保存任何内容");
        }
        anonymous("lookfour").get("/").then().body(not(containsString("#2a9d8f")));

        Response published = webmaster.submit(url("lookfour", "/admin/look/publish"),
                Map.of("csrf-token", BrowserSession.csrfToken(webmaster.open(url("lookfour", "/admin/look/")))));
        assertThat(published.asString()).contains("<td>当前发布</td>").doesNotContain("有未发布的草稿");
        anonymous("lookfour").get("/").then().body(containsString("--primary: #2a9d8f"))
                .body(containsString("modern-masthead"));
    }

    private void provision(String code, String name, String division, String theme) {
        Counties.provision(provisioner, code, name, division, theme);
    }

    private static Map<String, Object> look(String theme, String primary, String secondary, String css,
            Map<String, String> templates) {
        Map<String, Object> body = new HashMap<>();
        body.put("theme", theme);
        body.put("primaryColor", primary);
        body.put("secondaryColor", secondary);
        body.put("customCss", css);
        body.put("templates", templates);
        return body;
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
