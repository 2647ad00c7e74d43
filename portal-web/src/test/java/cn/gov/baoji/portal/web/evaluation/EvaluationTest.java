package cn.gov.baoji.portal.web.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.content.ArticleFigures;
import cn.gov.baoji.portal.core.evaluation.CountyReport;
import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.EvaluationWeights;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.evaluation.Indicator;
import cn.gov.baoji.portal.core.evaluation.Line;
import cn.gov.baoji.portal.core.evaluation.Ranking;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * 绩效评估 from a known data set: two counties of the test's own, every step taken through the
 * services people use at chosen Beijing times in March 2031 (a month no other test touches), so
 * each figure, score and rank below is computed by hand. Also who sees what (city, webmaster, a
 * department), the weights' validation, and the CSV and Excel downloads.
 */
@QuarkusTest
class EvaluationTest {

    static final String A = EvaluationData.A;
    static final String B = EvaluationData.B;
    static final String FROM = "2031-03-01";
    static final String TO = "2031-03-31";
    static final EvaluationPeriod MARCH = EvaluationPeriod.of(null, FROM, TO, java.time.LocalDate.of(2031, 3, 20));
    /** The weights the hand computation uses. */
    static final Map<String, Object> WEIGHTS = weights(40, 30, 10, 10, 5, 5);

    /** The article read most in county A. */
    private long mostRead;

    @TestHTTPResource("/")
    URL root;

    @Inject
    EvaluationData data;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    Evaluations evaluations;

    @Inject
    EvaluationWeights weights;

    @Inject
    Keycloak keycloak;

    @Inject
    TestClock clock;

    @BeforeEach
    void dataSet() {
        RedirectUris.allow(keycloak, root.getPort(), A, B, "console");
        mostRead = data.marchOnce(provisioner, keycloak);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    static void resetWeights(EvaluationWeights weights) {
        weights.set(city(), WEIGHTS);
    }

    static Actor city() {
        return new Actor("city-admin", "市级管理员", AccessBindings.fromClaims(List.of(AccessBindings.CITY_ADMIN_GROUP), List.of()));
    }

    @Test
    void figuresPerDepartmentAndCountyEqualTheHandComputedOnes() {
        Evaluations.CountyView a = evaluations.countyForCity(city(), A, MARCH);
        Line zfb = line(a.report(), "zfb");
        Line czj = line(a.report(), "czj");
        Line total = a.report().total();

        assertArticles(zfb.articles(), 3, 2, 1, "66.7");
        assertArticles(czj.articles(), 1, 0, 1, "0.0");
        assertArticles(total.articles(), 4, 2, 2, "50.0");
        // M1 answered after 1 working day, M2 after 6: 3.5 on average.
        assertMessages(zfb.messages(), 3, 2, 1, "3.5");
        assertMessages(total.messages(), 3, 2, 1, "3.5");
        assertMessages(czj.messages(), 0, 0, 0, null);
        assertApplications(zfb.applications(), 2, 1, 1, "1.0", 1, "100.0");
        assertApplications(total.applications(), 2, 1, 1, "1.0", 1, "100.0");
        assertThat(zfb.consultationComments()).isZero();
        assertThat(czj.consultationComments()).isEqualTo(2);
        assertThat(zfb.surveyAnswers()).isNull();
        assertThat(total.surveyAnswers()).isEqualTo(3);
        assertThat(total.participation()).isEqualTo(5);
        assertThat(total.views()).isEqualTo(30);
        assertThat(a.report().channels()).extracting(c -> c.name(), c -> c.views())
                .containsExactly(tuple("通知公告", 20L), tuple("首页", 10L));
        assertThat(a.report().mostRead()).extracting(r -> r.articleId(), r -> r.title(), r -> r.views())
                .containsExactly(tuple(mostRead, "甲县召开春耕生产工作会议", 12L));

        Line b = evaluations.countyForCity(city(), B, MARCH).report().total();
        assertArticles(b.articles(), 1, 1, 0, "100.0");
        assertMessages(b.messages(), 2, 2, 2, "1.0");
        assertApplications(b.applications(), 0, 0, 0, null, 0, null);
        assertThat(b.participation()).isEqualTo(1);
        assertThat(b.views()).isEqualTo(10);
    }

    @Test
    void rankingWithGivenWeightsEqualsTheHandComputedOrderAndScores() {
        resetWeights(weights);
        Ranking counties = evaluations.city(city(), MARCH).ranking();
        // B: 40×1 + 30×1 + 10×0 + 10×0 + 5×10/30 + 5×1/5 = 72.667; A: 40×0.5 + 30×0.3333 + 10×1 + 10×1 + 5×1 + 5×1 = 59.999.
        assertThat(counties.rows()).extracting(Ranking.Ranked::code, Ranking.Ranked::rank, Ranking.Ranked::score)
                .startsWith(tuple(B, 1, new BigDecimal("72.67")), tuple(A, 2, new BigDecimal("60.00")));
        assertThat(counties.rows().subList(2, counties.rows().size())).allSatisfy(r -> {
            assertThat(r.rank()).isEqualTo(3);
            assertThat(r.score()).isEqualByComparingTo("0");
        });
        assertThat(counties.maxima()).containsEntry(Indicator.VIEWS, new BigDecimal("30"))
                .containsEntry(Indicator.COMPLETION_ON_TIME, new BigDecimal("0.5000"));

        // Departments of A, weighed without page views (Σ权重 = 95): zfb 100 × 90/95, czj 100 × 5/95.
        Ranking departments = evaluations.countyForCity(city(), A, MARCH).ranking();
        assertThat(departments.indicators()).doesNotContain(Indicator.VIEWS);
        assertThat(departments.rows()).extracting(Ranking.Ranked::code, Ranking.Ranked::rank, Ranking.Ranked::score)
                .startsWith(tuple("zfb", 1, new BigDecimal("94.74")), tuple("czj", 2, new BigDecimal("5.26")));
        assertThat(departments.rows().get(2).rank()).isEqualTo(3);

        // Other weights, other order: only page views count.
        weights.set(city(), weights(0, 0, 0, 0, 1, 0));
        try {
            assertThat(evaluations.city(city(), MARCH).ranking().rows()).extracting(Ranking.Ranked::code, Ranking.Ranked::score)
                    .startsWith(tuple(A, new BigDecimal("100.00")), tuple(B, new BigDecimal("33.33")));
        } finally {
            resetWeights(weights);
        }
    }

    @Test
    void theCitySeesEveryCountyAWebmasterOnlyTheirOwnADepartmentOnlyItsLine() {
        resetWeights(weights);
        JsonPath city = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .queryParam("from", FROM).queryParam("to", TO).get("/api/console/evaluation").then().statusCode(200)
                .extract().jsonPath();
        assertThat(city.getList("ranking.rows.code").subList(0, 2)).containsExactly(B, A);
        assertThat(city.getFloat("ranking.rows[0].score")).isEqualTo(72.67f);
        assertThat(city.getString("ranking.formula")).isEqualTo(Ranking.FORMULA);
        assertThat(city.getList("counties.code")).contains(A, B, "weibin");
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .queryParam("from", FROM).queryParam("to", TO).get("/api/console/evaluation/" + A).then().statusCode(200)
                .body("total.articles.submitted", equalTo(4)).body("ranking.rows[0].code", equalTo("zfb"));

        // A webmaster: their county with its departments, on their own host only.
        JsonPath own = given().header("Host", A + ".localhost").auth().oauth2(KeycloakTokens.of(A + "-webmaster"))
                .queryParam("from", FROM).queryParam("to", TO).get("/api/admin/evaluation").then().statusCode(200)
                .extract().jsonPath();
        assertThat(own.getInt("total.articles.submitted")).isEqualTo(4);
        assertThat(own.getInt("total.views")).isEqualTo(30);
        assertThat(own.getString("ranking.rows[0].code")).isEqualTo("zfb");
        given().header("Host", B + ".localhost").auth().oauth2(KeycloakTokens.of(A + "-webmaster"))
                .queryParam("from", FROM).queryParam("to", TO).get("/api/admin/evaluation").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        for (String path : new String[] { "/api/console/evaluation", "/api/console/evaluation/" + A,
                "/api/console/evaluation/" + B, "/api/console/evaluation/weights" }) {
            given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of(A + "-webmaster")).get(path)
                    .then().statusCode(403);
        }

        // A department's officer: its own line, no county total, no ranking, no page views.
        JsonPath department = given().header("Host", A + ".localhost").auth().oauth2(KeycloakTokens.of(A + "-zfb"))
                .queryParam("from", FROM).queryParam("to", TO).get("/api/admin/evaluation").then().statusCode(200)
                .extract().jsonPath();
        assertThat(department.getList("departments.code")).containsExactly("zfb");
        assertThat(department.getInt("departments[0].articles.submitted")).isEqualTo(3);
        assertThat(department.getString("department")).isEqualTo("zfb");
        assertThat(department.getMap("total")).isNull();
        assertThat(department.getMap("ranking")).isNull();
        assertThat(department.getList("channels")).isEmpty();
        assertThat(department.getList("mostRead")).isEmpty();
    }

    @Test
    void badWeightsAreRefusedInChineseAndNothingIsStored() {
        resetWeights(weights);
        Map<String, Object> before = weightsNow();
        Map<String, Object> negative = new LinkedHashMap<>(WEIGHTS);
        negative.put("replyOnTime", -5);
        Map<String, Object> word = new LinkedHashMap<>(WEIGHTS);
        word.put("satisfaction", "很高");
        Map<String, Object> unknown = new LinkedHashMap<>(WEIGHTS);
        unknown.put("likes", 3);
        Map<String, Object> missing = new LinkedHashMap<>(WEIGHTS);
        missing.remove("views");
        refused(negative, "replyOnTime", "“按时答复率”的权重须在 0 至 1000 之间");
        refused(word, "satisfaction", "“满意度”的权重须是数字");
        refused(weights(0, 0, 0, 0, 0, 0), "weights", "至少要有一项指标的权重大于 0");
        refused(unknown, "likes", "没有这项评估指标：likes");
        refused(missing, "views", "请填写“浏览量”的权重");
        refused(weights(1, 2, 3, 4, 5, 1001), "participation", "“参与人次”的权重须在 0 至 1000 之间");
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin")).contentType("application/json")
                .body("[1, 2]").put("/api/console/evaluation/weights").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of(A + "-webmaster"))
                .contentType("application/json").body(weights(1, 1, 1, 1, 1, 1)).put("/api/console/evaluation/weights")
                .then().statusCode(403);
        assertThat(weightsNow()).isEqualTo(before);

        // A good change is stored, with who and when.
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin")).contentType("application/json")
                .body(weights(20, 25, 25, 10, 10, 10.5)).put("/api/console/evaluation/weights").then().statusCode(200)
                .body("weights.participation", equalTo(10.5f));
        assertThat(weights.history(1).get(0).weights()).isEqualTo(
                "acceptance=20.00;replyOnTime=25.00;completionOnTime=25.00;satisfaction=10.00;views=10.00;participation=10.50");
        assertThat(weights.history(1).get(0).changedBy()).isNotBlank();
        resetWeights(weights);
    }

    @Test
    void everyTableDownloadsAsCsvAndExcelWithTheShownCells() throws Exception {
        resetWeights(weights);
        BrowserSession webmaster = signedIn(A, A + "-webmaster", "/admin/evaluation");
        String page = webmaster.open(url(A, "/admin/evaluation?from=" + FROM + "&to=" + TO)).asString();
        assertThat(page).contains("<th scope=\"row\">评估甲县人民政府办公室</th><td>3</td><td>2</td><td>1</td><td>66.7%</td>")
                .contains(Ranking.FORMULA).doesNotContain(">null<").doesNotContain(">false<");

        Response csv = webmaster.open(url(A, "/admin/evaluation/export?table=articles&format=csv&from=" + FROM + "&to=" + TO));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
        byte[] bytes = csv.asByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("部门,报送篇数,录用篇数,退回篇数,录用率");
        assertThat(lines).contains("评估甲县人民政府办公室,3,2,1,66.7%", "评估甲县财政局,1,0,1,0.0%", "合计,4,2,2,50.0%");

        Response xlsx = webmaster.open(url(A, "/admin/evaluation/export?table=ranking&format=xlsx&from=" + FROM + "&to=" + TO));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("综合得分");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("评估甲县人民政府办公室");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("1");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("94.74");
        }

        // The most read table: a title someone wrote is text in the file, never a formula.
        Response mostReadCsv = webmaster.open(url(A, "/admin/evaluation/export?table=most-read&format=csv&from=" + FROM
                + "&to=" + TO));
        assertThat(new String(mostReadCsv.asByteArray(), StandardCharsets.UTF_8)).contains("甲县召开春耕生产工作会议,1,通知公告,12");

        // The city downloads the counties' ranking; a webmaster cannot.
        BrowserSession console = signedIn("console", "city-admin", "/console/evaluation");
        Response ranking = console.open(url("console", "/console/evaluation/export?table=ranking&format=csv&from=" + FROM
                + "&to=" + TO));
        String text = new String(ranking.asByteArray(), StandardCharsets.UTF_8);
        assertThat(text).contains("评估乙县,1,100.0%,100.0%,—,—,10,1,72.67").contains("评估甲县,2,50.0%,33.3%,50.0%,100.0%,30,5,60.00");
        assertThat(webmaster.open(url(A, "/admin/evaluation/export?table=nothing&format=csv")).statusCode()).isEqualTo(404);
        assertThat(webmaster.open(url(A, "/admin/evaluation/export?table=articles&format=pdf")).statusCode()).isEqualTo(400);
        assertThat(webmaster.open(url(A, "/admin/evaluation?from=2031-03-31&to=2031-03-01")).statusCode()).isEqualTo(400);
    }

    @Test
    void theCityChangesWeightsOnTheConsolePageAndSeesWhoChangedThem() {
        resetWeights(weights);
        BrowserSession console = signedIn("console", "city-admin", "/console/evaluation/weights");
        Response page = console.open(url("console", "/console/evaluation/weights"));
        assertThat(page.asString()).contains("<h1>评估权重</h1>").contains("value=\"40\"").contains("按时答复条数 ÷ 收到留言条数");
        Map<String, String> form = new LinkedHashMap<>();
        WEIGHTS.forEach((k, v) -> form.put(k, String.valueOf(v)));
        form.put("csrf-token", BrowserSession.csrfToken(page));
        form.put("views", "-1");
        Response refused = console.post(url("console", "/console/evaluation/weights"), form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("“浏览量”的权重须在 0 至 1000 之间").contains("value=\"-1\"");
        assertThat(weightsNow()).containsEntry("views", 5.0f);

        form.put("views", "12.5");
        Response saved = console.post(url("console", "/console/evaluation/weights"), form);
        assertThat(saved.statusCode()).isEqualTo(303);
        String after = console.open(url("console", "/console/evaluation/weights?saved=true")).asString();
        assertThat(after).contains("权重已保存").contains("value=\"12.5\"").contains("浏览量 12.5");
        assertThat(weightsNow()).containsEntry("views", 12.5f);
        resetWeights(weights);
    }

    private Map<String, Object> weightsNow() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/console/evaluation/weights").then().statusCode(200).extract().jsonPath().<String, Object>getMap("weights");
    }

    private void refused(Map<String, Object> body, String field, String message) {
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin")).contentType("application/json")
                .body(body).put("/api/console/evaluation/weights").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("field", equalTo(field))
                .body("detail", containsString(message));
    }

    static Map<String, Object> weights(Number acceptance, Number reply, Number completion, Number satisfaction, Number views,
            Number participation) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("acceptance", acceptance);
        w.put("replyOnTime", reply);
        w.put("completionOnTime", completion);
        w.put("satisfaction", satisfaction);
        w.put("views", views);
        w.put("participation", participation);
        return w;
    }

    private static Line line(CountyReport report, String code) {
        return report.departments().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    private static void assertArticles(ArticleFigures.Row row, long submitted, long accepted, long returned, String percent) {
        assertThat(row).extracting(ArticleFigures.Row::submitted, ArticleFigures.Row::accepted, ArticleFigures.Row::returned,
                ArticleFigures.Row::acceptedPercent).containsExactly(submitted, accepted, returned, new BigDecimal(percent));
    }

    private static void assertMessages(MessageFigures.Row row, long received, long replied, long onTime, String average) {
        assertThat(row).extracting(MessageFigures.Row::received, MessageFigures.Row::replied, MessageFigures.Row::repliedOnTime,
                MessageFigures.Row::averageWorkingDays)
                .containsExactly(received, replied, onTime, average == null ? null : new BigDecimal(average));
    }

    private static void assertApplications(ApplicationFigures.Row row, long received, long completed, long onTime,
            String average, long rated, String satisfied) {
        assertThat(row).extracting(ApplicationFigures.Row::received, ApplicationFigures.Row::completed,
                ApplicationFigures.Row::onTime, ApplicationFigures.Row::averageWorkingDays, ApplicationFigures.Row::rated,
                ApplicationFigures.Row::satisfiedPercent).containsExactly(received, completed, onTime,
                        average == null ? null : new BigDecimal(average), rated, satisfied == null ? null : new BigDecimal(satisfied));
    }

    private BrowserSession signedIn(String host, String user, String path) {
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url(host, path)), user, KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).as(user + " signs in").isEqualTo(200);
        return browser;
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
