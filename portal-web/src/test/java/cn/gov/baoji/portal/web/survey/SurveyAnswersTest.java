package cn.gov.baoji.portal.web.survey;

import static cn.gov.baoji.portal.web.support.Citizens.address;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Answering surveys through the API: the once rule (same browser token; same address from another
 * browser within the window, and again after it), the dates with a moved clock, results computed
 * from a known set of answers, and bad input that is refused with nothing stored.
 */
@QuarkusTest
class SurveyAnswersTest {

    @Inject
    SurveyFixtures fixtures;

    @Inject
    TestClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static String browser() {
        return SurveyCookie.fresh();
    }

    private static RequestSpecification citizen(String county, String address, String token) {
        RequestSpecification request = given().header("Host", county + ".localhost").header("X-Forwarded-For", address)
                .contentType("application/json");
        return token == null ? request : request.cookie("survey-key", token);
    }

    /** A survey open now: 1 single choice (required), 2 multiple choice, 3 free text. */
    private SurveyView openSurvey(String title, boolean resultsDuring) {
        return fixtures.draft("weibin", title, Duration.ofHours(-1), Duration.ofDays(7), resultsDuring)
                .question("single", "您对政务服务中心的总体评价", true, "满意", "基本满意", "不满意")
                .question("multiple", "您通常通过哪些渠道办事", false, "窗口", "网上", "手机", "电话")
                .question("text", "您的意见和建议", false)
                .publish();
    }

    private static Map<String, Object> body(Object... answers) {
        return Map.of("answers", List.of(answers));
    }

    private static Map<String, Object> choose(SurveyView survey, int question, int... options) {
        SurveyView.QuestionView q = survey.questions().get(question - 1);
        return Map.of("question", q.id(), "options", java.util.Arrays.stream(options).mapToObj(i -> q.options().get(i - 1).id()).toList());
    }

    private static Map<String, Object> write(SurveyView survey, int question, String text) {
        return Map.of("question", survey.questions().get(question - 1).id(), "text", text);
    }

    private static Response send(SurveyView survey, String address, String token, Object body) {
        return citizen("weibin", address, token).body(body).post("/api/v1/surveys/" + survey.id() + "/responses");
    }

    @Test
    void oneAnswerPerBrowserAndPerAddressWithinTheWindow() {
        SurveyView survey = openSurvey("只答一次的调查", false);
        String token = browser();
        String address = address();
        send(survey, address, token, body(choose(survey, 1, 1))).then().statusCode(201).body("survey", equalTo((int) survey.id()));

        // The same browser from another address: refused, nothing stored.
        send(survey, address(), token, body(choose(survey, 1, 2))).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("每个浏览器只能提交一次"));
        // Another browser (no or another token) from the same address within 24 hours: refused.
        send(survey, address, browser(), body(choose(survey, 1, 2))).then().statusCode(409)
                .body("detail", containsString("网络地址"));
        send(survey, address, null, body(choose(survey, 1, 2))).then().statusCode(409);
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(1, 1);

        // Another browser from another address: a second response.
        send(survey, address(), browser(), body(choose(survey, 1, 2))).then().statusCode(201);
        // After the window the address may answer again, from a new browser; the old browser still may not.
        clock.advance(Duration.ofHours(25));
        send(survey, address, token, body(choose(survey, 1, 2))).then().statusCode(409);
        send(survey, address, browser(), body(choose(survey, 1, 3))).then().statusCode(201);
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(3, 3);
    }

    @Test
    void answersAreTakenOnlyBetweenStartAndEnd() {
        SurveyView later = fixtures.draft("weibin", "明天开始的调查", Duration.ofDays(1), Duration.ofDays(3), false)
                .question("single", "您是否支持", true, "支持", "不支持").publish();
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + later.id()).then().statusCode(200)
                .body("state", equalTo("not-started")).body("resultsAvailable", equalTo(false));
        send(later, address(), browser(), body(choose(later, 1, 1))).then().statusCode(409)
                .body("detail", containsString("尚未开始"));
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + later.id() + "/results").then().statusCode(403)
                .contentType("application/problem+json");

        clock.advance(Duration.ofDays(2));
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + later.id()).then().body("state", equalTo("open"));
        send(later, address(), browser(), body(choose(later, 1, 1))).then().statusCode(201);
        // Results are public only after the end: this survey does not show them while open.
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + later.id() + "/results").then().statusCode(403)
                .body("detail", containsString("结束后公布"));

        clock.advance(Duration.ofDays(2));
        send(later, address(), browser(), body(choose(later, 1, 2))).then().statusCode(409)
                .body("detail", containsString("已经结束"));
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + later.id() + "/results").then().statusCode(200)
                .body("responses", equalTo(1));
        assertThat(fixtures.stored("weibin", later.id())).containsExactly(1, 1);
    }

    /**
     * Six responses, counted by hand. Question 1 (single, required) answered by all six: 满意 3, 基本满意 2,
     * 不满意 1 of 6 = 50.0 %, 33.3 %, 16.7 %. Question 2
     * (multiple, optional) answered by 4: 窗口 2, 网上 3, 手机 4, 电话 0 of 4 = 50.0, 75.0, 100.0, 0.0 %.
     * Question 3 (text) answered by 2, and its words are not in the public results.
     */
    @Test
    void resultsMatchHandCountedFigures() {
        SurveyView survey = openSurvey("结果核对调查", true);
        send(survey, address(), browser(), body(choose(survey, 1, 1), choose(survey, 2, 1, 2, 3), write(survey, 3, "延长周末办公时间")))
                .then().statusCode(201);
        send(survey, address(), browser(), body(choose(survey, 1, 1), choose(survey, 2, 2, 3))).then().statusCode(201);
        send(survey, address(), browser(), body(choose(survey, 1, 1), choose(survey, 2, 3))).then().statusCode(201);
        send(survey, address(), browser(), body(choose(survey, 1, 2), choose(survey, 2, 1, 2, 3), write(survey, 3, "我的电话13800000000")))
                .then().statusCode(201);
        send(survey, address(), browser(), body(choose(survey, 1, 2))).then().statusCode(201);
        send(survey, address(), browser(), body(choose(survey, 1, 3))).then().statusCode(201);

        JsonPath results = given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + survey.id() + "/results")
                .then().statusCode(200).extract().jsonPath();
        assertThat(results.getInt("responses")).isEqualTo(6);
        assertThat(results.getList("questions.answered", Integer.class)).containsExactly(6, 4, 2);
        assertThat(results.getList("questions[0].options.count", Integer.class)).containsExactly(3, 2, 1);
        assertThat(results.getList("questions[0].options.percent", String.class)).containsExactly("50.0", "33.3", "16.7");
        assertThat(results.getList("questions[1].options.count", Integer.class)).containsExactly(2, 3, 4, 0);
        assertThat(results.getList("questions[1].options.percent", String.class)).containsExactly("50.0", "75.0", "100.0", "0.0");
        assertThat(results.getList("questions[2].options")).isEmpty();
        String everything = given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + survey.id() + "/results").asString()
                + given().header("Host", "weibin.localhost").get("/surveys/" + survey.id() + "/results").asString();
        assertThat(everything).doesNotContain("13800000000").doesNotContain("延长周末办公时间");

        // The page shows the same figures in its table, and the chart's data beside it.
        String page = given().header("Host", "weibin.localhost").get("/surveys/" + survey.id() + "/results").then()
                .statusCode(200).extract().asString();
        assertThat(page).contains("<th scope=\"row\">满意</th><td>3</td><td>50.0%</td>")
                .contains("<th scope=\"row\">手机</th><td>4</td><td>100.0%</td>")
                .contains("data-chart=\"{&quot;labels&quot;:[&quot;满意&quot;,&quot;基本满意&quot;,&quot;不满意&quot;],"
                        + "&quot;counts&quot;:[3,2,1],&quot;percents&quot;:[&quot;50.0&quot;,&quot;33.3&quot;,&quot;16.7&quot;]}\"")
                .contains("/static/vendor/echarts/6.1.0/echarts.min.js").contains("本题共有 2 人作答");
    }

    @Test
    void badAnswersAreRefusedAndNothingIsStored() {
        SurveyView survey = openSurvey("错误输入调查", false);
        SurveyView.QuestionView single = survey.questions().get(0);
        String address = address();
        // Missing the required question.
        send(survey, address, browser(), body(choose(survey, 2, 1))).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("请回答第 1 题"));
        send(survey, address, browser(), Map.of()).then().statusCode(400);
        // Two options for a single choice.
        send(survey, address, browser(), body(choose(survey, 1, 1, 2))).then().statusCode(400)
                .body("detail", containsString("单选题，只能选择一项"));
        // An option of another question, and an option that does not exist.
        send(survey, address, browser(), body(Map.of("question", single.id(), "options",
                List.of(survey.questions().get(1).options().get(0).id())))).then().statusCode(400)
                .body("detail", containsString("没有编号为"));
        send(survey, address, browser(), body(Map.of("question", single.id(), "options", List.of(987654321L))))
                .then().statusCode(400);
        // A question that does not exist, and the same question twice.
        send(survey, address, browser(), body(choose(survey, 1, 1), Map.of("question", 987654321L, "options", List.of())))
                .then().statusCode(400).body("detail", containsString("没有编号为 987654321 的题目"));
        send(survey, address, browser(), body(choose(survey, 1, 1), choose(survey, 1, 2))).then().statusCode(400);
        // Text too long, text for a choice, options for a text question.
        send(survey, address, browser(), body(choose(survey, 1, 1), write(survey, 3, "字".repeat(1001)))).then()
                .statusCode(400).body("detail", containsString("不能超过 1000 个字"));
        send(survey, address, browser(), body(write(survey, 1, "满意"))).then().statusCode(400);
        send(survey, address, browser(), body(choose(survey, 1, 1), Map.of("question", survey.questions().get(2).id(),
                "options", List.of(single.options().get(0).id())))).then().statusCode(400);
        // Malformed JSON and JSON of the wrong shape.
        citizen("weibin", address, browser()).body("{\"answers\": [").post("/api/v1/surveys/" + survey.id() + "/responses")
                .then().statusCode(400).contentType("application/problem+json");
        citizen("weibin", address, browser()).body("{\"answers\": \"满意\"}").post("/api/v1/surveys/" + survey.id() + "/responses")
                .then().statusCode(400).contentType("application/problem+json");
        citizen("weibin", address, browser()).body("{\"answers\": [{\"question\": \"一\"}]}")
                .post("/api/v1/surveys/" + survey.id() + "/responses").then().statusCode(400);
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(0, 0);

        // The same address may still answer properly: refusals were not counted as answers.
        send(survey, address, browser(), body(choose(survey, 1, 1), write(survey, 3, "=HYPERLINK(\"http://x\")")))
                .then().statusCode(201);
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(1, 2);
    }

    /** A burst from one address is cut off by the guard's limit for anonymous actions (30 per 10 minutes). */
    @Test
    void aBurstFromOneAddressIsRateLimited() {
        SurveyView survey = openSurvey("限流调查", false);
        String address = address();
        clock.advanceToFreshWindow(Duration.ofMinutes(10));
        send(survey, address, browser(), body(choose(survey, 1, 1))).then().statusCode(201);
        int refused = 0;
        Response last = null;
        for (int i = 0; i < 40 && (last == null || last.statusCode() != 429); i++) {
            last = send(survey, address, browser(), body(choose(survey, 1, 2)));
            refused += last.statusCode() == 409 ? 1 : 0;
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(last.getHeader("Retry-After")).matches("\\d+");
        assertThat(last.jsonPath().getString("detail")).contains("操作过于频繁");
        assertThat(refused).isEqualTo(29);
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(1, 1);
    }

    @Test
    void draftsDoNotExistPublicly() {
        long draft = fixtures.draft("weibin", "尚未发布的草稿调查", Duration.ofHours(-1), Duration.ofDays(3), true)
                .question("single", "草稿题目", true, "是", "否").id();
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + draft).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + draft + "/results").then().statusCode(404);
        citizen("weibin", address(), browser()).body(Map.of("answers", List.of())).post("/api/v1/surveys/" + draft + "/responses")
                .then().statusCode(404);
        given().header("Host", "weibin.localhost").get("/surveys/" + draft).then().statusCode(404);
        given().header("Host", "weibin.localhost").get("/surveys/" + draft + "/results").then().statusCode(404);
        given().header("Host", "weibin.localhost").get("/api/v1/surveys?size=50").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.not(hasItem("尚未发布的草稿调查")));
        assertThat(given().header("Host", "weibin.localhost").get("/surveys").asString()).doesNotContain("尚未发布的草稿调查");
    }

    @Test
    void theListIsPaginatedAndShowsOpenAndClosedSurveys() {
        SurveyView open = openSurvey("列表中进行中的调查", false);
        JsonPath list = given().header("Host", "weibin.localhost").get("/api/v1/surveys?page=1&size=1").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getList("items")).hasSize(1);
        assertThat(list.getInt("total")).isGreaterThanOrEqualTo(1);
        assertThat(list.getInt("pages")).isEqualTo(list.getInt("total"));
        given().header("Host", "weibin.localhost").get("/api/v1/surveys?size=51").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Host", "weibin.localhost").get("/api/v1/surveys?page=abc").then().statusCode(400);
        given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + open.id()).then().statusCode(200)
                .body("questions.kind", equalTo(List.of("single", "multiple", "text")))
                .body("questions[0].required", equalTo(true)).body("questions[0].options.label",
                        equalTo(List.of("满意", "基本满意", "不满意")));
        String page = given().header("Host", "weibin.localhost").get("/surveys").then().statusCode(200).extract().asString();
        assertThat(page).contains("列表中进行中的调查").contains("进行中");
    }
}
