package cn.gov.baoji.portal.web.interview;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Citizens' questions through {@code POST /api/v1/interviews/{id}/questions}: taken before the
 * interview and while it runs, refused after its end (moved there with the test clock); every
 * kind of bad input answers 4xx problem JSON with the field and stores nothing; a double submit
 * stores one question.
 */
@QuarkusTest
class InterviewQuestionsTest {

    private static final String COUNTY = "weibin";
    private static final String HOST = COUNTY + ".localhost";

    @Inject
    Interviews interviews;

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void questionsAreTakenBeforeAndDuringTheInterviewAndRefusedAfterItsEnd() {
        long id = interviews.announced(COUNTY, "义务教育阶段课后服务", Duration.ofHours(1));

        assertThat(detail(id).getString("phase")).isEqualTo("upcoming");
        ask(id, Map.of("content", "课后服务收费标准是怎样的？", "nickname", "家长小王", "altcha", Altcha.solve(HOST)))
                .then().statusCode(201);

        clock.advance(Duration.ofMinutes(90));
        assertThat(detail(id).getString("phase")).isEqualTo("live");
        ask(id, Map.of("content", "寒假期间是否开放托管？", "altcha", Altcha.solve(HOST))).then().statusCode(201);

        clock.advance(Duration.ofMinutes(91));
        assertThat(detail(id).getString("phase")).isEqualTo("ended");
        assertThat(detail(id).getBoolean("acceptingQuestions")).isFalse();
        Response late = ask(id, Map.of("content", "结束后还能提问吗？", "altcha", Altcha.solve(HOST)));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.jsonPath().getString("detail")).isEqualTo("访谈已结束，不再接受提问。");

        assertThat(interviews.pendingCount(COUNTY, id)).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        long id = interviews.announced(COUNTY, "农村公路建设", Duration.ofMinutes(-10));

        assertRefused(ask(id, Map.of("altcha", Altcha.solve(HOST))), 400, "content", "请填写提问内容");
        assertRefused(ask(id, Map.of("content", "  ", "altcha", Altcha.solve(HOST))), 400, "content", "请填写提问内容");
        assertRefused(ask(id, Map.of("content", "路".repeat(501), "altcha", Altcha.solve(HOST))), 400, "content",
                "提问内容不能超过 500 个字");
        assertRefused(ask(id, Map.of("content", "村道何时硬化？", "nickname", "名".repeat(21), "altcha",
                Altcha.solve(HOST))), 400, "nickname", "昵称不能超过 20 个字");
        assertRefused(ask(id, Map.of("content", "村道何时硬化？\u0007", "altcha", Altcha.solve(HOST))), 400, "content",
                "字段 content 含有不允许的控制字符");
        // The challenge: missing, forged, another county's, reused for another interview.
        assertRefused(ask(id, Map.of("content", "村道何时硬化？")), 400, "altcha", null);
        assertRefused(ask(id, Map.of("content", "村道何时硬化？", "altcha", "eyJmb3JnZWQiOnRydWV9")), 400, "altcha", null);
        assertRefused(ask(id, Map.of("content", "村道何时硬化？", "altcha", Altcha.solve("taibai.localhost"))), 400, "altcha", null);
        // The honeypot a robot fills in.
        assertRefused(ask(id, Map.of("content", "村道何时硬化？", "website", "http://spam.example", "altcha",
                Altcha.solve(HOST))), 400, "website", null);
        assertThat(interviews.pendingCount(COUNTY, id)).isZero();

        long other = interviews.announced(COUNTY, "农村公路养护", Duration.ofMinutes(-10));
        String spent = Altcha.solve(HOST);
        ask(other, Map.of("content", "养护经费从哪里来？", "altcha", spent)).then().statusCode(201);
        assertRefused(ask(id, Map.of("content", "村道何时硬化？", "altcha", spent)), 400, "altcha", "人机验证已使用");
        assertThat(interviews.pendingCount(COUNTY, id)).isZero();
        assertThat(interviews.pendingCount(COUNTY, other)).isEqualTo(1);
    }

    @Test
    void questionsToADraftOrAnEndedInterviewAreRefused() {
        long draft = interviews.draft(COUNTY, "尚未发布的访谈", Duration.ofHours(1));
        Response toDraft = ask(draft, Map.of("content", "能提问吗？", "altcha", Altcha.solve(HOST)));
        assertThat(toDraft.statusCode()).isEqualTo(404);
        assertThat(toDraft.jsonPath().getString("detail")).isEqualTo("访谈不存在或尚未发布。");

        long ended = interviews.announced(COUNTY, "已经结束的访谈", Duration.ofHours(-3));
        assertThat(ask(ended, Map.of("content", "能提问吗？", "altcha", Altcha.solve(HOST))).statusCode()).isEqualTo(409);

        assertThat(interviews.pendingCount(COUNTY, draft)).isZero();
        assertThat(interviews.pendingCount(COUNTY, ended)).isZero();
        assertThat(ask(999_999_999L, Map.of("content", "能提问吗？", "altcha", Altcha.solve(HOST))).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aDoubleSubmitStoresOneQuestion() {
        long id = interviews.announced(COUNTY, "城市供暖", Duration.ofMinutes(-5));
        Map<String, String> body = Map.of("content", "小区暖气不热找谁？", "altcha", Altcha.solve(HOST));
        String address = Interviews.address();

        long first = ask(id, body, address).then().statusCode(201).extract().jsonPath().getLong("id");
        long again = ask(id, body, address).then().statusCode(201).extract().jsonPath().getLong("id");
        assertThat(again).isEqualTo(first);

        // Two copies at once (a double click): one waits for the other and answers with its question.
        Map<String, String> twice = Map.of("content", "老旧小区管网改造什么时候开始？", "altcha", Altcha.solve(HOST));
        List<CompletableFuture<Response>> copies = List.of(CompletableFuture.supplyAsync(() -> ask(id, twice, address)),
                CompletableFuture.supplyAsync(() -> ask(id, twice, address)));
        List<Long> ids = copies.stream().map(CompletableFuture::join).map(r -> {
            assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
            return r.jsonPath().getLong("id");
        }).toList();
        assertThat(ids.get(0)).isEqualTo(ids.get(1));

        assertThat(interviews.pendingCount(COUNTY, id)).isEqualTo(2);
    }

    private static void assertRefused(Response response, int status, String field, String detail) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("field")).as(response.asString()).isEqualTo(field);
        if (detail != null) {
            assertThat(response.jsonPath().getString("detail")).startsWith(detail);
        }
    }

    private static io.restassured.path.json.JsonPath detail(long id) {
        return given().header("Host", COUNTY + ".localhost").get("/api/v1/interviews/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static Response ask(long id, Map<String, String> body) {
        return ask(id, body, Interviews.address());
    }

    private static Response ask(long id, Map<String, String> body, String address) {
        return given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address)
                .contentType("application/json").body(body).post("/api/v1/interviews/" + id + "/questions");
    }
}
