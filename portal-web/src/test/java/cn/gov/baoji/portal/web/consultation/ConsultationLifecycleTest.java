package cn.gov.baoji.portal.web.consultation;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.ConsultationJobs;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.consultation.Texts;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A consultation from start to end through the back-office pages and the public site: the webmaster
 * writes, attaches the draft as a file and publishes; citizens comment through the page and the API;
 * the county editor moderates; the deadline passes (controlled clock) and the page stops taking
 * comments; the webmaster decides on each comment and publishes the feedback, which the page and the
 * API show with its figures.
 */
@QuarkusTest
class ConsultationLifecycleTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TestClock clock;

    @Inject
    ConsultationJobs jobs;

    @Inject
    ConsultationComments comments;

    @Inject
    TenantScope scope;

    @Inject
    ConsultationFixtures fixtures;

    @BeforeEach
    void allowThisTestPort() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void publishCommentModerateEndAndPublishTheFeedback() {
        String title = "渭滨区城市停车管理办法（征求意见稿）" + System.nanoTime() % 100000;

        // 1. The webmaster writes a draft; script in the text is removed when it is saved.
        BrowserSession webmaster = new BrowserSession();
        Response form = webmaster.logIn(webmaster.open(url("/admin/consultations/new")), "weibin-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString()).contains("新建意见征集").contains("/admin/consultations/\"").contains("意见征集</a>");
        LocalDateTime now = LocalDateTime.now(clock.withZone(Texts.CHINA)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, String> fields = new HashMap<>();
        fields.put("csrf-token", BrowserSession.csrfToken(form));
        fields.put("title", title);
        fields.put("summary", "规范城市停车秩序，公开征求社会各界意见。");
        fields.put("body", "<h2>第一条</h2><p>为规范停车秩序，制定本办法。</p><script>alert('x')</script><p onclick=\"steal()\">第二条</p>");
        fields.put("department", "zjj");
        fields.put("contactPhone", "0917-3261234");
        fields.put("contactEmail", "zjj@weibin.gov.cn");
        fields.put("opensAt", now.minusHours(1).toString());
        fields.put("deadline", now.plusDays(30).toString());
        Response saved = webmaster.submit(url("/admin/consultations/"), fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains(title).contains("草稿").doesNotContain("<script>alert");
        String adminUrl = webmaster.lastUrl();
        long id = Long.parseLong(adminUrl.substring(adminUrl.lastIndexOf('/') + 1));

        // A draft does not exist for citizens, and takes no comment.
        anonymous("weibin").get("/consultations/" + id).then().statusCode(404);
        anonymous("weibin").get("/api/v1/consultations/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        comment(id, "草稿上的意见", "13900000001").then().statusCode(404);
        assertThat(count(id)).isZero();

        // 2. The draft as a file, then publication.
        // An ASCII name: the test client mangles others in multipart headers (the browser test uploads a Chinese one).
        Response uploaded = webmaster.upload(adminUrl + "/attachments", "tingche-banfa-2026.pdf", PDF, "application/pdf",
                Map.of("csrf-token", BrowserSession.csrfToken(saved)));
        assertThat(uploaded.statusCode()).isEqualTo(303);
        Response withFile = webmaster.open(adminUrl);
        assertThat(withFile.asString()).contains("tingche-banfa-2026.pdf");
        Response published = webmaster.submit(adminUrl + "/publish", Map.of("csrf-token", BrowserSession.csrfToken(withFile)));
        assertThat(published.asString()).contains("已发布").contains("征集中");

        // A form opened before the publication is stale: refused, what was typed stays, nothing changes.
        Map<String, String> stale = new HashMap<>(fields);
        stale.put("csrf-token", BrowserSession.csrfToken(published));
        stale.put("version", "0");
        stale.put("title", "改过的标题");
        Response conflict = webmaster.submit(adminUrl, stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.asString()).contains("已被他人修改").contains("value=\"改过的标题\"");

        String page = anonymous("weibin").get("/consultations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains(title).contains("为规范停车秩序，制定本办法。").contains("渭滨区住房和城乡建设局")
                .contains("0917-3261234").contains("zjj@weibin.gov.cn").contains("征集中")
                .contains("name=\"content\"").contains("altcha-widget")
                .doesNotContain("<script>alert").doesNotContain("onclick").doesNotContain("steal()");
        assertThat(anonymous("weibin").get("/consultations").asString()).contains(title);
        String file = JsonPath.from(anonymous("weibin").get("/api/v1/consultations/" + id).asString())
                .getString("attachments[0].url");
        anonymous("weibin").get(file).then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment"));

        // 3. Citizens comment: one through the page's form, two through the API. None shows before moderation.
        BrowserSession citizen = new BrowserSession();
        Response sent = citizen.post(url("/consultations/" + id + "/comments"), Map.of("content",
                "建议在老旧小区周边增设夜间临时停车位。\n同时延长免费停车时段。", "name", "张建国", "phone", "13900000011",
                "altcha", Altcha.solve("weibin.localhost"), "website", ""),
                Map.of("X-Forwarded-For", ConsultationFixtures.freshAddress()));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.getHeader("Location")).contains("/consultations/" + id + "?sent=1");
        assertThat(citizen.open(url("/consultations/" + id + "?sent=1")).asString())
                .contains("您的意见已提交，审核通过后将在本页公开");
        long second = comment(id, "建议明确违停处罚的告知程序。", "13900000012").then().statusCode(201)
                .body("moderation", equalTo("PENDING")).extract().jsonPath().getLong("id");
        comment(id, "广告：低价代办停车证，加微信。", "13900000013").then().statusCode(201);
        assertThat(count(id)).isEqualTo(3);
        assertThat(anonymous("weibin").get("/consultations/" + id).asString()).doesNotContain("夜间临时停车位")
                .contains("暂无公开的意见");

        // 4. The county editor moderates: the queue shows who wrote (for calling back), the site never does.
        BrowserSession editor = new BrowserSession();
        Response queue = editor.logIn(editor.open(url("/admin/consultations/" + id + "/comments")), "weibin-editor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.asString()).contains("待审核（3）").contains("张建国").contains("13900000011");
        Response readOnly = editor.open(adminUrl);
        assertThat(readOnly.statusCode()).isEqualTo(200);
        assertThat(readOnly.asString()).contains("为规范停车秩序，制定本办法。").doesNotContain("id=\"consultation-form\"")
                .doesNotContain("发布意见征集");
        List<Long> ids = scope.call(TenantCode.of("weibin"),
                () -> comments.queue(id, Moderation.PENDING, 1, 20).items().stream().map(c -> c.getId()).toList());
        Response after = editor.submit(url("/admin/consultations/" + id + "/comments/" + ids.get(0) + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(queue), "action", "approve", "state", "PENDING", "page", "1"));
        assertThat(after.asString()).contains("待审核（2）");
        editor.submit(url("/admin/consultations/" + id + "/comments/" + ids.get(1) + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(after), "action", "approve"));
        Response rejected = editor.submit(url("/admin/consultations/" + id + "/comments/" + ids.get(2) + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(after), "action", "reject"));
        assertThat(rejected.asString()).contains("待审核（0）").contains("不予公开（1）");
        // The same decision twice: 409, nothing changes.
        Response twice = editor.submit(url("/admin/consultations/" + id + "/comments/" + ids.get(2) + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(rejected), "action", "reject"));
        assertThat(twice.statusCode()).isEqualTo(409);

        page = anonymous("weibin").get("/consultations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("夜间临时停车位").contains("违停处罚").doesNotContain("低价代办").contains("网友")
                .contains("（2 条）").doesNotContain("张建国").doesNotContain("139000000");
        anonymous("weibin").get("/api/v1/consultations/" + id + "/comments").then().statusCode(200)
                .body("total", equalTo(2)).body("items.author", org.hamcrest.Matchers.everyItem(equalTo("网友")))
                .body(org.hamcrest.Matchers.not(containsString("139000000")));

        // 5. The deadline passes: no form, comments refused with "征集已结束"; not yet the feedback.
        clock.advance(Duration.ofDays(31));
        jobs.refreshPagesAtOpeningsAndDeadlines();
        page = anonymous("weibin").get("/consultations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("已结束").contains("征集已结束，不再接收意见").doesNotContain("name=\"content\"")
                .contains("意见采纳情况整理后将在本页公布");
        comment(id, "截止后的意见", "13900000014").then().statusCode(409).body("detail", containsString("征集已结束"));
        assertThat(count(id)).isEqualTo(3);
        assertThat(anonymous("weibin").get("/api/v1/consultations?status=ended").asString()).contains(title);
        assertThat(anonymous("weibin").get("/api/v1/consultations?status=open").asString()).doesNotContain(title);

        // 6. The feedback: every published comment decided (a reason where not adopted), then published.
        Response feedback = webmaster.open(adminUrl + "/feedback");
        assertThat(feedback.statusCode()).isEqualTo(200);
        assertThat(feedback.asString()).contains("共收到意见 3 条，已公开 2 条").contains("尚未填写 2 条");
        Response early = webmaster.submit(adminUrl + "/feedback", Map.of("csrf-token", BrowserSession.csrfToken(feedback),
                "action", "publish", "text", "感谢参与。"));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.asString()).contains("还有 2 条公开的意见未填写采纳情况").contains("感谢参与。");
        Response noReason = decide(webmaster, id, BrowserSession.csrfToken(feedback), ids.get(0), "ADOPTED", "",
                ids.get(1), "NOT_ADOPTED", "");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("请填写理由");
        assertThat(decide(webmaster, id, BrowserSession.csrfToken(feedback), ids.get(0), "ADOPTED", "已在第五条增加夜间临时停车的规定。",
                ids.get(1), "NOT_ADOPTED", "处罚告知程序已由《行政处罚法》规定，本办法不再重复。").statusCode()).isEqualTo(303);
        Response done = webmaster.submit(adminUrl + "/feedback", Map.of("csrf-token", BrowserSession.csrfToken(feedback),
                "action", "publish", "text", "本次征集共收到意见3条。\n经研究，采纳1条，未采纳1条，另有1条与征集内容无关，未予公开。"));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.asString()).contains("反馈已于").contains("发布");

        page = anonymous("weibin").get("/consultations/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("意见采纳情况反馈").contains("共收到意见 <strong>3</strong> 条")
                .contains("经审核公开 <strong>2</strong> 条").contains("其中采纳 <strong>1</strong> 条")
                .contains("部分采纳 <strong>0</strong> 条").contains("未采纳 <strong>1</strong> 条")
                .contains("已在第五条增加夜间临时停车的规定。").contains("处罚告知程序已由《行政处罚法》规定")
                .contains("经研究，采纳1条").doesNotContain("139000000").doesNotContain("张建国");
        anonymous("weibin").get("/api/v1/consultations/" + id).then().statusCode(200)
                .body("feedback.received", equalTo(3)).body("feedback.published", equalTo(2))
                .body("feedback.adopted", equalTo(1)).body("feedback.notAdopted", equalTo(1))
                .body("status", equalTo("ended"));
        anonymous("weibin").get("/api/v1/consultations/" + id + "/comments").then()
                .body("items.find { it.id == " + second + " }.adoption", equalTo("NOT_ADOPTED"))
                .body("items.find { it.id == " + second + " }.adoptionLabel", equalTo("未采纳"));

        // Published once: no second publication, no change of moderation afterwards.
        Response again = webmaster.submit(adminUrl + "/feedback", Map.of("csrf-token", BrowserSession.csrfToken(done),
                "action", "publish", "text", "改写"));
        assertThat(again.statusCode()).isEqualTo(409);
        Response late = editor.submit(url("/admin/consultations/" + id + "/comments/" + ids.get(2) + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(rejected), "action", "approve"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("反馈已发布");
    }

    @Test
    void onlyTheWebmasterWritesAndContributorsSeeNothing() {
        BrowserSession editor = new BrowserSession();
        Response list = editor.logIn(editor.open(url("/admin/consultations/")), "weibin-editor", KeycloakTokens.DEMO_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.asString()).contains("意见征集").doesNotContain("新建意见征集");
        assertThat(editor.open(url("/admin/consultations/new")).statusCode()).isEqualTo(403);

        BrowserSession contributor = new BrowserSession();
        Response denied = contributor.logIn(contributor.open(url("/admin/consultations/")), "weibin-contributor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(denied.statusCode()).isEqualTo(403);
        // The department reviewer is an editor, but not of the county: may look, not moderate.
        long id = fixtures.open("weibin", "关于调整城区供水价格的方案（征求意见稿）");
        long pending = comment(id, "建议对低保户减免水费。", "13900000021").then().statusCode(201).extract().jsonPath().getLong("id");
        BrowserSession reviewer = new BrowserSession();
        Response queue = reviewer.logIn(reviewer.open(url("/admin/consultations/" + id + "/comments")), "weibin-reviewer",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.asString()).contains("只有区县审核员或站点管理员可以审核意见").doesNotContain("value=\"approve\"");
        Response refused = reviewer.submit(url("/admin/consultations/" + id + "/comments/" + pending + "/moderation"),
                Map.of("csrf-token", BrowserSession.csrfToken(queue), "action", "approve"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(scope.call(TenantCode.of("weibin"), () -> comments.counts(id)).get(Moderation.PENDING)).isEqualTo(1);
    }

    /** The decisions table as the page posts it: parallel repeated fields comment, adoption, reason. */
    private Response decide(BrowserSession session, long id, String csrf, long first, String firstAdoption,
            String firstReason, long second, String secondAdoption, String secondReason) {
        String body = "csrf-token=" + enc(csrf) + "&page=1&comment=" + first + "&adoption=" + firstAdoption + "&reason="
                + enc(firstReason) + "&comment=" + second + "&adoption=" + secondAdoption + "&reason=" + enc(secondReason);
        return io.restassured.RestAssured.given().redirects().follow(false).cookies(session.cookies("weibin.localhost"))
                .header("Host", "weibin.localhost:" + root.getPort())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body)
                .post("http://127.0.0.1:" + root.getPort() + "/admin/consultations/" + id + "/feedback/decisions");
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private io.restassured.response.Response comment(long id, String content, String phone) {
        return io.restassured.RestAssured.given().header("Host", "weibin.localhost")
                .header("X-Forwarded-For", ConsultationFixtures.freshAddress()).contentType("application/json")
                .body(Map.of("content", content, "name", "测试", "phone", phone, "altcha", Altcha.solve("weibin.localhost")))
                .post("/api/v1/consultations/" + id + "/comments");
    }

    private long count(long id) {
        return scope.call(TenantCode.of("weibin"), () -> comments.counts(id).values().stream().mapToLong(Long::longValue).sum());
    }

    private String url(String path) {
        return "http://weibin.localhost:" + root.getPort() + path;
    }
}
