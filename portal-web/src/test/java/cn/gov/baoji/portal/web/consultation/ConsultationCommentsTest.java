package cn.gov.baoji.portal.web.consultation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * What a citizen may send as a comment, and what becomes of it: bad input, a missing, forged or
 * reused challenge, the honeypot, a burst from one address, comments outside the window or on a
 * draft are refused with the reason and store nothing; a double submit stores one comment; the
 * phone and name never reach a public page or the API; script never reaches a page.
 */
@QuarkusTest
class ConsultationCommentsTest {

    private static final String HOST = "weibin.localhost";

    @Inject
    ConsultationFixtures fixtures;

    @Inject
    ConsultationComments comments;

    @Inject
    TenantScope scope;

    @Inject
    TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        long id = fixtures.open("weibin", "关于加强城区犬只管理的通告（征求意见稿）");

        refused(id, json(null, "张三", phone(), Altcha.solve(HOST)), "content", "请填写意见内容");
        refused(id, json("  \n ", "张三", phone(), Altcha.solve(HOST)), "content", "请填写意见内容");
        refused(id, json("意".repeat(2001), "张三", phone(), Altcha.solve(HOST)), "content", "不能超过 2000 个字");
        refused(id, json("建议", "名".repeat(41), phone(), Altcha.solve(HOST)), "name", "不能超过 40 个字");
        refused(id, json("建议", "张三", null, Altcha.solve(HOST)), "phone", "请填写联系电话");
        refused(id, json("建议", "张三", "12345", Altcha.solve(HOST)), "phone", "请填写正确的手机号码");
        refused(id, json("建议", "张三", "1391234567x", Altcha.solve(HOST)), "phone", "请填写正确的手机号码");
        refused(id, json("建议", "张三", phone(), null), "altcha", "人机验证");
        refused(id, json("建议", "张三", phone(), "bm90LWEtc29sdXRpb24="), "altcha", "人机验证");
        JsonPath challenge = given().header("Host", HOST).get("/api/v1/challenge").then().extract().jsonPath();
        String forged = Altcha.payload(challenge.getString("challenge"), challenge.getString("salt"), "0".repeat(64), 1);
        refused(id, json("建议", "张三", phone(), forged), "altcha", "人机验证未通过");
        // Solved on another county's host: not valid here.
        refused(id, json("建议", "张三", phone(), Altcha.solve("jintai.localhost")), "altcha", "人机验证未通过");
        post(id, "[]").then().statusCode(400).contentType("application/problem+json");
        post(id, "{\"content\":[]}").then().statusCode(400).contentType("application/problem+json");
        assertThat(stored(id)).isZero();

        // At the limit it is accepted, awaiting moderation.
        post(id, json("意".repeat(2000), null, phone(), Altcha.solve(HOST))).then().statusCode(201)
                .body("moderation", equalTo("PENDING")).body("message", containsString("审核通过后"));
        assertThat(stored(id)).isEqualTo(1);
    }

    @Test
    void theFormSaysWhyAndKeepsWhatWasTyped() {
        long id = fixtures.open("weibin", "渭滨区公共文化服务设施管理办法（征求意见稿）");
        Response wrongPhone = form(id, Map.of("content", "建议延长图书馆周末开放时间。", "name", "王桂兰", "phone", "0917",
                "altcha", Altcha.solve(HOST), "website", ""));
        assertThat(wrongPhone.statusCode()).isEqualTo(400);
        assertThat(wrongPhone.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(wrongPhone.asString()).contains("请填写正确的手机号码").contains("建议延长图书馆周末开放时间。</textarea>")
                .contains("value=\"王桂兰\"").contains("value=\"0917\"").contains("aria-invalid=\"true\"");

        Response robot = form(id, Map.of("content", "广告", "phone", phone(), "altcha", Altcha.solve(HOST), "website",
                "http://spam.example"));
        assertThat(robot.statusCode()).isEqualTo(400);
        assertThat(robot.asString()).contains("提交未通过校验");

        Response noChallenge = form(id, Map.of("content", "建议增加社区文化站。", "phone", phone(), "website", ""));
        assertThat(noChallenge.statusCode()).isEqualTo(400);
        assertThat(noChallenge.asString()).contains("请先完成人机验证").contains("建议增加社区文化站。</textarea>");

        Response empty = form(id, Map.of("content", "", "phone", phone(), "altcha", Altcha.solve(HOST), "website", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.asString()).contains("请填写意见内容").contains("id=\"content-error\"");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aDoubleSubmitStoresOneCommentAndAReusedChallengeIsRefused() throws Exception {
        long id = fixtures.open("weibin", "关于调整城区公交线路的方案（征求意见稿）");
        String solved = Altcha.solve(HOST);
        String phone = phone();
        String body = json("建议16路公交延伸至高铁站。", "赵敏", phone, solved);
        long first = post(id, body).then().statusCode(201).extract().jsonPath().getLong("id");
        // A retry of the same request: the same answer, no second comment.
        post(id, body).then().statusCode(201).body("id", equalTo((int) first));
        // The same solution with someone else's phone: a replay, refused.
        refused(id, json("复制的意见", "钱", phone(), solved), "altcha", "人机验证已使用");
        // The form posted twice (double click): both land on the thanks, one comment.
        String again = Altcha.solve(HOST);
        Map<String, String> fields = Map.of("content", "建议增设夜班车。", "phone", phone, "altcha", again, "website", "");
        assertThat(form(id, fields).statusCode()).isEqualTo(303);
        assertThat(form(id, fields).statusCode()).isEqualTo(303);
        assertThat(stored(id)).isEqualTo(2);

        // Two copies at the same moment (the second waits for the first to commit): still one.
        String racing = json("建议公布线路调整的时间表。", null, phone, Altcha.solve(HOST));
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> post(id, racing));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> post(id, racing));
        assertThat(a.get().statusCode()).isEqualTo(201);
        assertThat(b.get().statusCode()).isEqualTo(201);
        assertThat(a.get().jsonPath().getLong("id")).isEqualTo(b.get().jsonPath().getLong("id"));
        assertThat(stored(id)).isEqualTo(3);
    }

    @Test
    void aBurstFromOneAddressIsStopped() {
        long id = fixtures.open("weibin", "关于城区夜市经营管理的规定（征求意见稿）");
        // From the start of a fresh window (as the guard counts them), so a window boundary cannot fall mid-test.
        clock.advanceToFreshWindow(Duration.ofMinutes(10));
        String address = ConsultationFixtures.freshAddress();
        for (int i = 0; i < 5; i++) {
            post(id, json("第" + i + "条建议", null, phone(), Altcha.solve(HOST)), address).then().statusCode(201);
        }
        post(id, json("第六条建议", null, phone(), Altcha.solve(HOST)), address).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        assertThat(stored(id)).isEqualTo(5);
    }

    @Test
    void commentsAreTakenOnlyOnPublishedConsultationsBetweenOpeningAndDeadline() {
        long upcoming = fixtures.create("weibin", "关于明年城区绿化规划的征求意见稿", "<p>规划全文</p>", Duration.ofDays(2),
                Duration.ofDays(30), true);
        post(upcoming, json("建议多种银杏", null, phone(), Altcha.solve(HOST))).then().statusCode(409)
                .body("detail", containsString("征集尚未开始"));
        assertThat(given().header("Host", HOST).get("/consultations/" + upcoming).asString()).contains("未开始")
                .contains("征集将于").doesNotContain("name=\"content\"");

        long draft = fixtures.create("weibin", "尚未发布的征求意见稿", "<p>草稿</p>", Duration.ofDays(-1), Duration.ofDays(30),
                false);
        post(draft, json("建议", null, phone(), Altcha.solve(HOST))).then().statusCode(404);
        assertThat(form(draft, Map.of("content", "建议", "phone", phone(), "altcha", Altcha.solve(HOST))).statusCode())
                .isEqualTo(404);
        post(999_999, json("建议", null, phone(), Altcha.solve(HOST))).then().statusCode(404)
                .contentType("application/problem+json");

        long closing = fixtures.create("weibin", "关于临时交通管制的征求意见稿", "<p>管制方案</p>", Duration.ofHours(-1),
                Duration.ofHours(2), true);
        String early = Altcha.solve(HOST);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        post(closing, json("截止后才提交的意见", null, phone(), early)).then().statusCode(409)
                .body("detail", equalTo("征集已结束，不再接收意见。"));
        Response page = form(closing, Map.of("content", "截止后才提交的意见", "phone", phone(), "altcha", Altcha.solve(HOST),
                "website", ""));
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.asString()).contains("征集已结束，不再接收意见。");
        assertThat(stored(upcoming) + stored(draft) + stored(closing)).isZero();
    }

    @Test
    void thePhoneAndNameNeverReachPublicPagesOrTheApi() {
        long id = fixtures.open("weibin", "关于老旧小区加装电梯的实施意见（征求意见稿）");
        String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long comment = post(id, json("建议简化加装电梯的审批流程。", "李秀英", phone, Altcha.solve(HOST))).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        approve(id, comment);

        List<String> addresses = List.of("/consultations", "/consultations?status=open", "/consultations/" + id,
                "/api/v1/consultations", "/api/v1/consultations/" + id, "/api/v1/consultations/" + id + "/comments",
                "/", "/sitemap", "/sitemap.xml", "/feed.atom");
        for (String address : addresses) {
            String body = given().header("Host", HOST).get(address).asString();
            assertThat(body).as(address).doesNotContain(phone).doesNotContain("李秀英");
        }
        assertThat(given().header("Host", HOST).get("/consultations/" + id).asString()).contains("建议简化加装电梯的审批流程。")
                .contains("网友");
    }

    @Test
    void scriptInTheDraftIsRemovedAndCommentsAreShownAsText() {
        long id = fixtures.create("weibin", "关于规范户外广告设置的办法（征求意见稿）",
                "<p>第一条 为规范户外广告设置，制定本办法。</p><script>alert('draft')</script>"
                        + "<img src=\"/x.png\" onerror=\"alert('img')\"><a href=\"javascript:alert('a')\">附则</a>",
                Duration.ofDays(-1), Duration.ofDays(30), true);
        long comment = post(id, json("<script>alert('comment')</script>建议限制LED屏亮度。", null, phone(), Altcha.solve(HOST)))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        approve(id, comment);

        String page = given().header("Host", HOST).get("/consultations/" + id).asString();
        assertThat(page).contains("第一条 为规范户外广告设置").doesNotContain("alert('draft')").doesNotContain("onerror")
                .doesNotContain("javascript:").doesNotContain("<script>alert('comment')")
                .contains("&lt;script&gt;alert(&#39;comment&#39;)&lt;/script&gt;建议限制LED屏亮度。");
        String api = given().header("Host", HOST).get("/api/v1/consultations/" + id).asString();
        assertThat(api).doesNotContain("alert('draft')").doesNotContain("onerror").doesNotContain("javascript:");
    }

    private void approve(long id, long comment) {
        Actor editor = new Actor("test-weibin-editor", "渭滨区审核员",
                AccessBindings.fromClaims(List.of("/tenants/weibin/editor"), List.of()));
        scope.run(TenantCode.of("weibin"), () -> comments.moderate(editor, id, comment, Moderation.APPROVED));
    }

    private long stored(long id) {
        return scope.call(TenantCode.of("weibin"), () -> comments.counts(id).values().stream().mapToLong(Long::longValue).sum());
    }

    private static void refused(long id, String body, String field, String detail) {
        post(id, body).then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field))
                .body("detail", containsString(detail));
    }

    private static Response post(long id, String body) {
        return post(id, body, ConsultationFixtures.freshAddress());
    }

    private static Response post(long id, String body, String address) {
        return given().header("Host", HOST).header("X-Forwarded-For", address).contentType("application/json")
                .body(body).post("/api/v1/consultations/" + id + "/comments");
    }

    private static Response form(long id, Map<String, String> fields) {
        return given().header("Host", HOST).header("X-Forwarded-For", ConsultationFixtures.freshAddress())
                .redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(new HashMap<>(fields)).post("/consultations/" + id + "/comments");
    }

    private static String json(String content, String name, String phone, String altcha) {
        Map<String, Object> body = new HashMap<>();
        body.put("content", content);
        body.put("name", name);
        body.put("phone", phone);
        body.put("altcha", altcha);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A phone number of its own: the guard limits submissions per phone too. */
    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
