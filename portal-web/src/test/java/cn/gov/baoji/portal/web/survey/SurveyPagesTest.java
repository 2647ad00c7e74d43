package cn.gov.baoji.portal.web.survey;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The survey pages as browsers use them: the citizen's form (errors per question in Chinese, the
 * answers kept, a thank-you page, the second answer refused, the form's token needed), and the
 * webmaster's back office (build, reorder, preview without counting, publish, results, CSV and
 * Excel exports checked cell by cell), closed to other roles and to other counties.
 */
@QuarkusTest
class SurveyPagesTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    SurveyFixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "taibai");
    }

    /** A citizen's browser on a county's host: its cookies, and an address of its own. */
    private final class Citizen {
        private final String county;
        private final String address = "203.0.113." + NEXT_ADDRESS.getAndIncrement();
        private final Map<String, String> cookies = new HashMap<>();
        private String token;

        Citizen(String county) {
            this.county = county;
        }

        Response open(String path) {
            Response page = given().header("Host", county + ".localhost").header("X-Forwarded-For", address)
                    .cookies(cookies).redirects().follow(false).get(path);
            cookies.putAll(page.getCookies());
            Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page.asString());
            token = m.find() ? m.group(1) : token;
            return page;
        }

        /** Posts the fields as a browser encodes them, repeated names included. */
        Response post(String path, List<String[]> fields, boolean withToken) {
            List<String> pairs = new ArrayList<>();
            if (withToken) {
                pairs.add("csrf-token=" + token);
            }
            for (String[] f : fields) {
                pairs.add(f[0] + "=" + java.net.URLEncoder.encode(f[1], StandardCharsets.UTF_8));
            }
            Response answer = given().header("Host", county + ".localhost").header("X-Forwarded-For", address)
                    .cookies(cookies).redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .body(String.join("&", pairs)).post(path);
            cookies.putAll(answer.getCookies());
            return answer;
        }
    }

    private SurveyView openSurvey(String county, String title) {
        return fixtures.draft(county, title, Duration.ofHours(-1), Duration.ofDays(7), true)
                .question("single", "您对便民服务的评价", true, "满意", "不满意")
                .question("multiple", "您希望增加哪些服务", false, "夜间办理", "上门服务", "预约办理")
                .question("text", "其他意见", false)
                .publish();
    }

    private static String[] field(SurveyView survey, int question, String value) {
        return new String[] { "q" + survey.questions().get(question - 1).id(), value };
    }

    private static String option(SurveyView survey, int question, int option) {
        return String.valueOf(survey.questions().get(question - 1).options().get(option - 1).id());
    }

    @Test
    void citizenAnswersWithErrorsShownPerQuestionThenOnceOnly() {
        SurveyView survey = openSurvey("weibin", "便民服务满意度调查");
        Citizen citizen = new Citizen("weibin");
        Response form = citizen.open("/surveys/" + survey.id());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.getHeader("Cache-Control")).contains("no-store");
        assertThat(form.getCookies()).containsKeys("survey-key", "csrf-token");
        String html = form.asString();
        assertThat(html).contains("<legend>1. 您对便民服务的评价（单选题） <span class=\"required\">（必答）</span></legend>")
                .contains("type=\"checkbox\"").contains("<textarea id=\"q" + survey.questions().get(2).id() + "\"")
                .contains("调查说明第一段。").contains("Cookie");

        // The required question missing: 400, its problem beside it and in the summary, the rest kept.
        Response refused = citizen.post("/surveys/" + survey.id(), List.of(field(survey, 2, option(survey, 2, 1)),
                field(survey, 2, option(survey, 2, 3)), field(survey, 3, "希望周六也能办理<b>业务</b>")), true);
        assertThat(refused.statusCode()).isEqualTo(400);
        String again = refused.asString();
        assertThat(again).contains("提交未成功，请修改以下 1 处").contains("<p class=\"field-error\" id=\"q" + survey.questions().get(0).id()
                + "-problem\">请回答第 1 题（必答）</p>")
                .contains("value=\"" + option(survey, 2, 1) + "\" checked").contains("value=\"" + option(survey, 2, 3) + "\" checked")
                .doesNotContain("value=\"" + option(survey, 2, 2) + "\" checked")
                .contains("希望周六也能办理&lt;b&gt;业务&lt;/b&gt;</textarea>");
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(0, 0);

        // Without the form's token nothing is taken.
        Response forged = citizen.post("/surveys/" + survey.id(), List.<String[]>of(field(survey, 1, option(survey, 1, 1))), false);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.asString()).contains("表单已失效");
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(0, 0);

        Response sent = citizen.post("/surveys/" + survey.id(), List.of(field(survey, 1, option(survey, 1, 1)),
                field(survey, 2, option(survey, 2, 2)), field(survey, 3, "希望周六也能办理")), true);
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.getHeader("Location")).endsWith("/surveys/" + survey.id() + "/thanks");
        assertThat(citizen.open("/surveys/" + survey.id() + "/thanks").asString()).contains("感谢您的参与")
                .contains("查看调查结果");
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(1, 3);

        // The same browser again: told so in Chinese, no form offered, nothing stored.
        citizen.open("/surveys/" + survey.id());
        Response twice = citizen.post("/surveys/" + survey.id(), List.<String[]>of(field(survey, 1, option(survey, 1, 2))), true);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.asString()).contains("您已经参加过本次调查").doesNotContain("提交答卷</button>");
        // Several options for a single-choice question through the form: 400.
        Citizen other = new Citizen("weibin");
        other.open("/surveys/" + survey.id());
        Response two = other.post("/surveys/" + survey.id(), List.of(field(survey, 1, option(survey, 1, 1)),
                field(survey, 1, option(survey, 1, 2))), true);
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(two.asString()).contains("第 1 题是单选题，只能选择一项");
        assertThat(fixtures.stored("weibin", survey.id())).containsExactly(1, 3);
    }

    @Test
    void webmasterBuildsPreviewsPublishesAndExports() throws Exception {
        BrowserSession webmaster = signedIn("weibin", "weibin-webmaster", "/admin/surveys/");
        String list = webmaster.open(url("weibin", "/admin/surveys/")).asString();
        assertThat(list).contains("<h1>网上调查</h1>").contains("href=\"/admin/surveys/\"");

        Response created = post(webmaster, "/admin/surveys/new", "/admin/surveys/", Map.of("title", "全民健身设施需求调查",
                "intro", "请选择您需要的设施。", "startsAt", "2020-01-01T08:00", "endsAt", "2099-12-31T18:00"));
        assertThat(created.statusCode()).isEqualTo(303);
        String surveyPath = created.getHeader("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        long id = Long.parseLong(surveyPath.substring(surveyPath.lastIndexOf('/') + 1));

        assertThat(post(webmaster, surveyPath, surveyPath + "/questions", Map.of("kind", "text", "title", "您的建议",
                "options", "")).statusCode()).isEqualTo(303);
        assertThat(post(webmaster, surveyPath, surveyPath + "/questions", Map.of("kind", "single", "title", "您常去哪类场地",
                "required", "true", "options", "篮球场\n\n 健身步道 \r\n游泳馆")).statusCode()).isEqualTo(303);
        // A choice question with one option cannot be published; over 20 options are refused at once.
        Response tooMany = post(webmaster, surveyPath, surveyPath + "/questions", Map.of("kind", "multiple", "title", "太多选项",
                "options", String.join("\n", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "选项" + i).toList())));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.asString()).contains("每道题最多 20 个选项");

        String edit = webmaster.open(url("weibin", surveyPath)).asString();
        long textQuestion = questionId(edit, 1);
        long choiceQuestion = questionId(edit, 2);
        // The choice question moves up to be the first.
        assertThat(post(webmaster, surveyPath, surveyPath + "/questions/" + choiceQuestion + "/action",
                Map.of("action", "up")).statusCode()).isEqualTo(303);
        edit = webmaster.open(url("weibin", surveyPath)).asString();
        assertThat(questionId(edit, 1)).isEqualTo(choiceQuestion);
        assertThat(edit).contains(">篮球场\n健身步道\n游泳馆</textarea>");

        String preview = webmaster.open(url("weibin", surveyPath + "/preview")).asString();
        assertThat(preview).contains("这是发布前的预览").contains("<legend>1. 您常去哪类场地（单选题）")
                .contains("disabled>提交答卷（预览中不可提交）").doesNotContain("name=\"csrf-token\"");
        given().header("Host", "weibin.localhost").get("/surveys/" + id).then().statusCode(404);

        Response published = post(webmaster, surveyPath, surveyPath + "/publish", Map.of());
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(webmaster.open(url("weibin", surveyPath)).asString()).contains("状态：<strong>进行中</strong>")
                .contains("调查已发布，题目和选项不能再修改");
        // Published: the questions are fixed.
        assertThat(post(webmaster, surveyPath, surveyPath + "/questions/" + textQuestion + "/action",
                Map.of("action", "remove")).statusCode()).isEqualTo(409);

        // Two citizens answer; one writes what a spreadsheet would take for a formula.
        for (String[] answer : new String[][] { { "篮球场", "=HYPERLINK(\"http://evil.example\",\"点我\")" }, { "游泳馆", "多建, \"室内\"场馆" } }) {
            Citizen citizen = new Citizen("weibin");
            String form = citizen.open("/surveys/" + id).asString();
            Matcher option = Pattern.compile("value=\"(\\d+)\"[^>]*> <label for=\"[^\"]+\">" + answer[0] + "</label>").matcher(form);
            assertThat(option.find()).isTrue();
            assertThat(citizen.post("/surveys/" + id, List.of(new String[] { "q" + choiceQuestion, option.group(1) },
                    new String[] { "q" + textQuestion, answer[1] }), true).statusCode()).isEqualTo(303);
        }

        String results = webmaster.open(url("weibin", surveyPath + "/results")).asString();
        assertThat(results).contains("共收到答卷 <strong>2</strong> 份").contains("<th scope=\"row\">篮球场</th><td>1</td><td>50.0%</td>")
                .contains("<th scope=\"row\">健身步道</th><td>0</td><td>0.0%</td>");
        String texts = webmaster.open(url("weibin", surveyPath + "/questions/" + textQuestion + "/texts")).asString();
        assertThat(texts).contains("=HYPERLINK(&quot;http://evil.example&quot;").contains("多建, &quot;室内&quot;场馆");

        Response csv = webmaster.open(url("weibin", surveyPath + "/answers.csv"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains("filename*=UTF-8''");
        byte[] bytes = csv.asByteArray();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("答卷编号,提交时间,1. 您常去哪类场地（单选题）,2. 您的建议（填空题）");
        assertThat(lines[1]).matches("\\d+,\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,篮球场,"
                + Pattern.quote("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\""));
        assertThat(lines[2]).endsWith(",游泳馆,\"多建, \"\"室内\"\"场馆\"");

        Response xlsx = webmaster.open(url("weibin", surveyPath + "/answers.xlsx"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("1. 您常去哪类场地（单选题）");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("篮球场");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点我\")");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("多建, \"室内\"场馆");
        }
    }

    @Test
    void otherRolesAndOtherCountiesCannotReachASurvey() throws Exception {
        // weibin's ids far ahead of taibai's, so the id surely exists in one county only.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('tenant_weibin.survey', 'id'),"
                    + " greatest(3000000, (SELECT max(id) FROM tenant_weibin.survey)))");
        }
        SurveyView survey = openSurvey("weibin", "渭滨区独有的调查");
        assertThat(survey.id()).isGreaterThan(3_000_000L);
        long id = survey.id();
        for (String path : new String[] { "/surveys/" + id, "/surveys/" + id + "/results", "/surveys/" + id + "/thanks",
                "/api/v1/surveys/" + id, "/api/v1/surveys/" + id + "/results" }) {
            given().header("Host", "weibin.localhost").get(path).then().statusCode(200);
            given().header("Host", "taibai.localhost").get(path).then().statusCode(404);
        }
        given().header("Host", "taibai.localhost").header("X-Forwarded-For", "203.0.113.250").contentType("application/json")
                .body(Map.of("answers", List.of())).post("/api/v1/surveys/" + id + "/responses").then().statusCode(404)
                .contentType("application/problem+json");

        BrowserSession taibai = signedIn("taibai", "taibai-webmaster", "/admin/surveys/");
        for (String path : new String[] { "/admin/surveys/" + id, "/admin/surveys/" + id + "/results",
                "/admin/surveys/" + id + "/answers.csv", "/admin/surveys/" + id + "/answers.xlsx",
                "/admin/surveys/" + id + "/preview" }) {
            assertThat(taibai.open(url("taibai", path)).statusCode()).as(path).isEqualTo(404);
        }
        Response edit = post(taibai, "/admin/surveys/", "/admin/surveys/" + id, Map.of("title", "改掉渭滨区的调查",
                "startsAt", "2020-01-01T08:00", "endsAt", "2099-01-01T08:00"), "taibai");
        assertThat(edit.statusCode()).isEqualTo(404);
        // taibai's webmaster on weibin's host: refused before any lookup.
        BrowserSession onWeibin = new BrowserSession();
        Response there = onWeibin.logIn(onWeibin.open(url("weibin", "/admin/surveys/" + id)), "taibai-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(there.statusCode()).isEqualTo(403);
        assertThat(onWeibin.open(url("weibin", "/admin/surveys/" + id + "/answers.csv")).statusCode()).isEqualTo(403);
        // weibin's editor is no webmaster.
        BrowserSession editor = new BrowserSession();
        Response editorPage = editor.logIn(editor.open(url("weibin", "/admin/surveys/")), "weibin-editor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(editorPage.statusCode()).isEqualTo(403);
        assertThat(editor.open(url("weibin", "/admin/surveys/" + id + "/answers.xlsx")).statusCode()).isEqualTo(403);
        assertThat(given().header("Host", "weibin.localhost").get("/api/v1/surveys/" + id).jsonPath().getString("title"))
                .isEqualTo("渭滨区独有的调查");
    }

    private static long questionId(String editPage, int number) {
        Matcher m = Pattern.compile("<h3 id=\"q(\\d+)-title\">第 " + number + " 题").matcher(editPage);
        assertThat(m.find()).as("question " + number + " on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private BrowserSession signedIn(String county, String user, String path) {
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open(url(county, path)), user, KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).as(user + " signs in").isEqualTo(200);
        return browser;
    }

    private Response post(BrowserSession browser, String formPath, String action, Map<String, String> form) {
        return post(browser, formPath, action, form, "weibin");
    }

    /** Opens the form page for its token, then posts the form with it. */
    private Response post(BrowserSession browser, String formPath, String action, Map<String, String> form, String county) {
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("csrf-token", BrowserSession.csrfToken(browser.open(url(county, formPath))));
        return browser.post(url(county, action), withToken);
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
