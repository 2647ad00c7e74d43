package cn.gov.baoji.portal.web.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.interview.EntryInput;
import cn.gov.baoji.portal.core.interview.InterviewModeration;
import cn.gov.baoji.portal.core.interview.InterviewService;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The public interview pages and API of a county, as citizens and programs read them: the list,
 * the page with guests (photo alt text: name and post), the transcript rendered on the server, the
 * question form while questions are taken; a transcript with pictures afterwards; text always
 * escaped; drafts and other counties' interviews absent.
 */
@QuarkusTest
class InterviewPagesTest {

    private static final String COUNTY = "weibin";

    @Inject
    Interviews interviews;

    @Inject
    TenantScope scope;

    @Inject
    InterviewService service;

    @Inject
    InterviewModeration moderation;

    @Test
    void theListAndThePageShowTopicTimeGuestsTranscriptAndTheQuestionForm() {
        long id = interviews.announced(COUNTY, "2026年民生实事项目", Duration.ofMinutes(-15));
        long seq = interviews.answer(COUNTY, id, "今年安排民生实事十件。\n第一件是老旧小区改造。");

        String list = page("/interviews").then().statusCode(200).extract().asString();
        assertThat(list).contains("在线访谈").contains("2026年民生实事项目").contains("href=\"/interviews/" + id + "\"")
                .contains("正在访谈").contains("李明（区教育局局长）");

        String html = page("/interviews/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("<h1>2026年民生实事项目</h1>").contains("访谈嘉宾").contains("alt=\"李明，区教育局局长\"")
                .contains("<p>今年安排民生实事十件。</p>").contains("<p>第一件是老旧小区改造。</p>")
                .contains("id=\"event-" + seq + "\"").contains("data-last-seq=\"" + seq + "\"")
                .contains("id=\"question-form\"").contains("<altcha-widget").contains("name=\"website\"")
                .contains("<script type=\"module\" src=\"/static/public/interview-live.js\"></script>")
                .contains("aria-live=\"polite\"");
        String photo = html.replaceAll("(?s).*<img src=\"(/interviews/" + id + "/pictures/\\d+)\".*", "$1");
        Response picture = page(photo);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.contentType()).isEqualTo("image/png");
        assertThat(page("/static/public/interview-live.js").statusCode()).isEqualTo(200);
    }

    @Test
    void afterTheEndThePageIsTheTranscriptWithPicturesAndNoForm() {
        long id = interviews.announced(COUNTY, "秦岭生态保护", Duration.ofHours(-3));
        long guest = interviews.guestOf(COUNTY, id);
        scope.run(TenantCode.of(COUNTY), () -> moderation.post(Interviews.EDITOR, id,
                new EntryInput(Long.toString(guest), "这是保护区的新面貌。", "秦岭保护区航拍照片", null), "qinling.jpg",
                TestImages.jpeg(640, 360, new Color(0x2e, 0x7d, 0x32))));

        String html = page("/interviews/" + id).then().statusCode(200).extract().asString();
        assertThat(html).contains("已结束").contains("文字实录").contains("alt=\"秦岭保护区航拍照片\"")
                .contains("<figcaption>秦岭保护区航拍照片</figcaption>").doesNotContain("id=\"question-form\"")
                .doesNotContain("<altcha-widget");
        JsonPath api = api("/api/v1/interviews/" + id);
        assertThat(api.getString("phase")).isEqualTo("ended");
        assertThat(api.getString("transcript[0].picture")).startsWith("/interviews/" + id + "/pictures/");
        assertThat(page(api.getString("transcript[0].picture")).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void everythingCitizensWroteIsShownAsText() {
        long id = interviews.announced(COUNTY, "网络安全宣传周", Duration.ofMinutes(-15));
        given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", Interviews.address())
                .contentType("application/json").body(Map.of("content", "<script>alert('问')</script>", "nickname",
                        "<b>黑客</b>", "altcha", Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/interviews/" + id + "/questions").then().statusCode(201);
        interviews.pickOldest(COUNTY, id);
        interviews.answer(COUNTY, id, "<img src=x onerror=alert(1)>请勿点击不明链接。");

        String html = page("/interviews/" + id).then().statusCode(200).extract().asString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>黑客")
                .contains("&lt;script&gt;alert(&#39;问&#39;)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
        JsonPath api = api("/api/v1/interviews/" + id);
        assertThat(api.getString("transcript[0].text")).isEqualTo("<script>alert('问')</script>");
        assertThat(api.getString("transcript[0].speaker")).isEqualTo("网友“<b>黑客</b>”");
    }

    @Test
    void theApiListsAnnouncedInterviewsOnlyPageByPage() {
        long announced = interviews.announced(COUNTY, "API 可见的访谈", Duration.ofDays(3));
        long draft = interviews.draft(COUNTY, "API 不可见的草稿", Duration.ofDays(3));
        JsonPath list = api("/api/v1/interviews?size=50");
        assertThat(list.getList("items.id", Long.class)).contains(announced).doesNotContain(draft);
        assertThat(list.getInt("page")).isEqualTo(1);
        JsonPath one = api("/api/v1/interviews?size=1&page=1");
        assertThat(one.getList("items")).hasSize(1);
        assertThat(one.getLong("total")).isGreaterThanOrEqualTo(1);
        JsonPath detail = api("/api/v1/interviews/" + announced);
        assertThat(detail.getString("phase")).isEqualTo("upcoming");
        assertThat(detail.getBoolean("acceptingQuestions")).isTrue();
        assertThat(detail.getString("guests[0].name")).isEqualTo("李明");
        assertThat(detail.getString("guests[0].position")).isEqualTo("区教育局局长");
        assertThat(detail.getList("transcript")).isEmpty();
        assertThat(page("/api/v1/interviews?size=51").statusCode()).isEqualTo(400);
        assertThat(page("/api/v1/interviews?page=abc").contentType()).startsWith("application/problem+json");
    }

    @Test
    void draftsAndOtherCountiesInterviewsDoNotExistHere() {
        long draft = interviews.draft(COUNTY, "还在准备的访谈", Duration.ofHours(2));
        scope.run(TenantCode.of(COUNTY), () -> service.addGuest(Interviews.WEBMASTER, draft,
                new cn.gov.baoji.portal.core.interview.GuestInput("王芳", "区卫健局副局长"), "wang.png",
                TestImages.png(120, 160, Color.GRAY)));
        long draftPhoto = scope.call(TenantCode.of(COUNTY), () -> service.get(draft).guests().get(0).photoId());
        Response draftPage = page("/interviews/" + draft);
        assertThat(draftPage.statusCode()).isEqualTo(404);
        assertThat(draftPage.asString()).contains("访谈不存在或尚未发布");
        assertThat(page("/api/v1/interviews/" + draft).statusCode()).isEqualTo(404);
        assertThat(page("/interviews/" + draft + "/pictures/" + draftPhoto).statusCode()).isEqualTo(404);

        long weibin = interviews.announced(COUNTY, "只属于渭滨区的访谈", Duration.ofMinutes(-15));
        long photo = scope.call(TenantCode.of(COUNTY), () -> service.get(weibin).guests().get(0).photoId());
        assertThat(page("/interviews/" + weibin + "/pictures/" + photo).statusCode()).isEqualTo(200);
        for (String path : new String[] { "/interviews/" + weibin, "/api/v1/interviews/" + weibin,
                "/interviews/" + weibin + "/pictures/" + photo }) {
            assertThat(given().header("Host", "taibai.localhost").get(path).statusCode()).as(path).isEqualTo(404);
        }
        Response ask = given().header("Host", "taibai.localhost").header("X-Forwarded-For", Interviews.address())
                .contentType("application/json").body(Map.of("content", "能跨县提问吗？", "altcha", Altcha.solve("taibai.localhost")))
                .post("/api/v1/interviews/" + weibin + "/questions");
        assertThat(ask.statusCode()).isEqualTo(404);
        assertThat(api("/api/v1/interviews/" + weibin).getList("transcript")).isEmpty();
        assertThat(interviews.pendingCount(COUNTY, weibin)).isZero();
        // A picture of one interview is not served under another's address.
        assertThat(page("/interviews/" + weibin + "/pictures/" + draftPhoto).statusCode()).isEqualTo(404);
    }

    private static Response page(String path) {
        return given().header("Host", COUNTY + ".localhost").get(path);
    }

    private static JsonPath api(String path) {
        return page(path).then().statusCode(200).extract().jsonPath();
    }
}
