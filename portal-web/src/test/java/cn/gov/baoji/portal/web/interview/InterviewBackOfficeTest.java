package cn.gov.baoji.portal.web.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The back office's interview pages as people use them: the webmaster writes an interview, adds a
 * guest with a photo and announces it; an editor picks a citizen's question and posts the guest's
 * answer with a picture in the moderation console; who may do what, and another county's staff
 * can neither see nor moderate it.
 */
@QuarkusTest
class InterviewBackOfficeTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    Interviews interviews;

    @BeforeEach
    void allowThisTestPort() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "taibai");
    }

    @Test
    void webmasterAnnouncesEditorModeratesCitizenSeesIt() {
        BrowserSession webmaster = signedIn("weibin", "/admin/interviews/new", "weibin-webmaster");
        Response form = webmaster.open(url("weibin", "/admin/interviews/new"));
        assertThat(form.asString()).contains("新建访谈").contains("name=\"startsAt\"");

        // Refused input keeps what was typed.
        LocalDateTime start = LocalDateTime.now(CHINA).minusMinutes(10).withSecond(0).withNano(0);
        Map<String, String> fields = new HashMap<>(Map.of("csrf-token", BrowserSession.csrfToken(form), "title",
                "“双减”政策落实情况", "intro", "区教育局负责同志与网友在线交流。", "startsAt", start.toString(), "endsAt",
                start.minusHours(1).toString()));
        Response refused = webmaster.submit(url("weibin", "/admin/interviews/"), fields);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("结束时间须晚于开始时间").contains("value=\"“双减”政策落实情况\"")
                .contains("区教育局负责同志与网友在线交流。");

        fields.put("endsAt", start.plusHours(2).toString());
        Response created = webmaster.submit(url("weibin", "/admin/interviews/"), fields);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.asString()).contains("访谈已创建").contains("草稿");
        String page = webmaster.lastUrl().replaceAll("\\?.*", "");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));

        // Announcing needs a guest.
        Response noGuest = webmaster.submit(page + "/announce", Map.of("csrf-token", BrowserSession.csrfToken(created),
                "version", version(created)));
        assertThat(noGuest.statusCode()).isEqualTo(400);
        assertThat(noGuest.asString()).contains("请至少添加一位嘉宾");

        Response withGuest = multipart(webmaster, "weibin", page + "/guests", BrowserSession.csrfToken(noGuest),
                Map.of("name", "赵敏", "position", "区教育局局长"), "photo", "zhaomin.png",
                TestImages.png(240, 320, new Color(0x5a, 0x3e, 0x8c)), "image/png");
        assertThat(withGuest.asString()).contains("嘉宾已添加").contains("赵敏").contains("alt=\"赵敏，区教育局局长\"");
        Response svg = multipart(webmaster, "weibin", page + "/guests", BrowserSession.csrfToken(withGuest),
                Map.of("name", "钱亮", "position", "区教育局副局长"), "photo", "photo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(), "image/svg+xml");
        assertThat(svg.statusCode()).isEqualTo(400);
        assertThat(svg.asString()).contains("只能上传 PNG、JPG 或 GIF 图片").contains("value=\"钱亮\"");

        Response announced = webmaster.submit(page + "/announce", Map.of("csrf-token", BrowserSession.csrfToken(svg),
                "version", version(svg)));
        assertThat(announced.asString()).contains("访谈已发布");
        String citizenPage = given().header("Host", "weibin.localhost").get("/interviews/" + id).then().statusCode(200)
                .extract().asString();
        assertThat(citizenPage).contains("“双减”政策落实情况").contains("赵敏");

        given().header("Host", "weibin.localhost").header("X-Forwarded-For", Interviews.address())
                .contentType("application/json").body(Map.of("content", "课后服务如何收费？", "nickname", "家长",
                        "altcha", Altcha.solve("weibin.localhost")))
                .post("/api/v1/interviews/" + id + "/questions").then().statusCode(201);

        BrowserSession editor = signedIn("weibin", "/admin/interviews/" + id + "/live", "weibin-editor");
        Response console = editor.open(url("weibin", "/admin/interviews/" + id + "/live"));
        assertThat(console.asString()).contains("直播间").contains("课后服务如何收费？").contains("网友“家长”");
        long question = Long.parseLong(find(console.asString(), "/live/questions/(\\d+)/pick"));
        Response picked = editor.submit(url("weibin", "/admin/interviews/" + id + "/live/questions/" + question + "/pick"),
                Map.of("csrf-token", BrowserSession.csrfToken(console)));
        assertThat(picked.asString()).contains("提问已选用");
        Response twice = editor.submit(url("weibin", "/admin/interviews/" + id + "/live/questions/" + question + "/reject"),
                Map.of("csrf-token", BrowserSession.csrfToken(picked)));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.asString()).contains("该提问已经处理过");

        String guest = find(twice.asString(), "<option value=\"(\\d+)\"[^>]*>赵敏");
        Response empty = multipart(editor, "weibin", url("weibin", "/admin/interviews/" + id + "/live/entries"),
                BrowserSession.csrfToken(twice), Map.of("speaker", guest, "text", " ", "question", Long.toString(question)),
                null, null, null, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("请填写发言内容");
        Response posted = multipart(editor, "weibin", url("weibin", "/admin/interviews/" + id + "/live/entries"),
                BrowserSession.csrfToken(empty), Map.of("speaker", guest, "text", "课后服务按成本收费，困难家庭免费。", "caption",
                        "课后服务收费公示", "question", Long.toString(question)),
                "picture", "gongshi.jpg", TestImages.jpeg(800, 600, new Color(0xc0, 0x39, 0x2b)), "image/jpeg");
        assertThat(posted.asString()).contains("发言已发布").contains("课后服务按成本收费");

        citizenPage = given().header("Host", "weibin.localhost").get("/interviews/" + id).then().statusCode(200).extract()
                .asString();
        assertThat(citizenPage).contains("课后服务如何收费？").contains("课后服务按成本收费，困难家庭免费。")
                .contains("回复网友“家长”：课后服务如何收费？").contains("alt=\"课后服务收费公示\"");
    }

    @Test
    void whoMayDoWhatAndNoCountyTouchesAnothersInterview() {
        long id = interviews.announced("weibin", "渭滨区政务公开", Duration.ofMinutes(-10));

        // An editor moderates but neither creates nor announces.
        BrowserSession editor = signedIn("weibin", "/admin/interviews/", "weibin-editor");
        assertThat(editor.open(url("weibin", "/admin/interviews/")).asString()).contains("渭滨区政务公开")
                .doesNotContain("新建访谈");
        assertThat(editor.open(url("weibin", "/admin/interviews/new")).statusCode()).isEqualTo(403);
        Response show = editor.open(url("weibin", "/admin/interviews/" + id));
        assertThat(show.statusCode()).isEqualTo(200);
        assertThat(show.asString()).doesNotContain("name=\"title\"").doesNotContain("撤回为草稿");
        assertThat(editor.submit(url("weibin", "/admin/interviews/" + id + "/withdraw"),
                Map.of("csrf-token", BrowserSession.csrfToken(show), "version", "0")).statusCode()).isEqualTo(403);

        // A contributor has no business here.
        BrowserSession contributor = signedIn("weibin", "/admin/", "weibin-contributor");
        assertThat(contributor.open(url("weibin", "/admin/interviews/")).statusCode()).isEqualTo(403);
        assertThat(contributor.open(url("weibin", "/admin/interviews/" + id + "/live")).statusCode()).isEqualTo(403);

        // Another county's staff: refused on this county's host, and the id means nothing on their own.
        BrowserSession taibai = signedIn("taibai", "/admin/interviews/", "taibai-webmaster");
        Response own = taibai.open(url("taibai", "/admin/interviews/"));
        assertThat(own.asString()).doesNotContain("渭滨区政务公开");
        assertThat(taibai.open(url("taibai", "/admin/interviews/" + id)).statusCode()).isEqualTo(404);
        Response console = taibai.open(url("taibai", "/admin/interviews/" + id + "/live"));
        assertThat(console.statusCode()).isEqualTo(404);
        String token = BrowserSession.csrfToken(own);
        assertThat(taibai.submit(url("taibai", "/admin/interviews/" + id + "/live/questions/1/pick"),
                Map.of("csrf-token", token)).statusCode()).isEqualTo(404);
        Response foreignPost = multipart(taibai, "taibai", url("taibai", "/admin/interviews/" + id + "/live/entries"), token,
                Map.of("speaker", "host", "text", "跨县发布"), null, null, null, null);
        assertThat(foreignPost.statusCode()).isEqualTo(404);

        BrowserSession taibaiEditor = signedIn("weibin", "/admin/", "taibai-editor");
        assertThat(taibaiEditor.open(url("weibin", "/admin/interviews/" + id + "/live")).statusCode()).isEqualTo(403);
        assertThat(given().header("Host", "weibin.localhost").get("/api/v1/interviews/" + id).then().statusCode(200)
                .extract().jsonPath().getList("transcript")).isEmpty();
    }

    private BrowserSession signedIn(String county, String path, String username) {
        BrowserSession browser = new BrowserSession();
        Response landed = browser.logIn(browser.open(url(county, path)), username, KeycloakTokens.DEMO_PASSWORD);
        assertThat(landed.statusCode()).as(username).isIn(200, 403);
        return browser;
    }

    /** A multipart form post in the browser's session, then the page it redirects to (or the refusal). */
    private Response multipart(BrowserSession browser, String county, String url, String csrf, Map<String, String> fields,
            String fileField, String fileName, byte[] bytes, String mime) {
        String host = county + ".localhost";
        String path = url.substring(url.indexOf(host) + host.length()).replaceFirst("^:\\d+", "");
        RequestSpecification request = given().redirects().follow(false).header("Host", host + ":" + root.getPort())
                .cookies(browser.cookies(host)).multiPart(text("csrf-token", csrf));
        // Browsers send the fields in UTF-8; so must the test, or Chinese text arrives as question marks.
        fields.forEach((name, value) -> request.multiPart(text(name, value)));
        if (fileField != null) {
            request.multiPart(fileField, fileName, bytes, mime);
        } else {
            request.multiPart("picture", "", new byte[0], "application/octet-stream");
        }
        Response response = request.post("http://127.0.0.1:" + root.getPort() + path);
        if (response.statusCode() == 303) {
            String location = response.getHeader("Location");
            return browser.open(location.startsWith("http") ? location : url(county, location));
        }
        return response;
    }

    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static String version(Response page) {
        return find(page.asString(), "name=\"version\" value=\"(\\d+)\"");
    }

    private static String find(String html, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(html);
        assertThat(m.find()).as(pattern).isTrue();
        return m.group(1);
    }

    private String url(String county, String path) {
        return "http://" + county + ".localhost:" + root.getPort() + path;
    }
}
