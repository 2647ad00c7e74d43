package cn.gov.baoji.portal.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportEntries;
import cn.gov.baoji.portal.core.report.ReportField;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportSection;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The annual report (政府网站工作年度报表): figures of a seeded year counted by hand, entries and
 * their checks, publishing, the public pages, the PDF, the reminder, and who may touch which report.
 */
@QuarkusTest
class AnnualReportTest {

    /** The seeded county, and a county with nothing in 2019. */
    private static final String COUNTY = "rptone";
    private static final String OTHER = "rpttwo";
    private static final String REMINDED = "rptrem";
    private static final int YEAR = 2019;
    private static boolean seeded;

    @Inject
    TenantScope scope;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    AnnualReports reports;

    @Inject
    ReportPdf pdf;

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    Keycloak keycloak;

    @TestHTTPResource("/")
    URL root;

    @BeforeEach
    void seedOnce() throws SQLException {
        if (seeded) {
            return;
        }
        Counties.provision(provisioner, COUNTY, "报表区", null, "classic");
        Counties.provision(provisioner, OTHER, "另一区", null, "classic");
        Counties.provision(provisioner, REMINDED, "提醒区", null, "classic");
        seed("tenant_" + COUNTY);
        seeded = true;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Actor webmaster(String county) {
        return new Actor(county + "-webmaster", county + "站点管理员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/webmaster"), List.of()));
    }

    static Actor editor(String county) {
        return new Actor(county + "-editor", county + "审核员",
                AccessBindings.fromClaims(List.of("/tenants/" + county + "/editor"), List.of()));
    }

    static final Actor CITY = new Actor("city", "市电子政务办", AccessBindings.fromClaims(List.of("/city-admin"), List.of()));

    private <T> T in(String county, Supplier<T> work) {
        return scope.call(TenantCode.of(county), work);
    }

    @Test
    void figuresOfTheSeededYearEqualTheHandCount() {
        ReportView report = in(COUNTY, () -> reports.generate(webmaster(COUNTY), YEAR));
        // Articles first published in 2019 (Beijing time): xwdt 03-01, tzgg 12-31 23:30, zcjd 06-01, 图解政策 (under
        // zcjd) 07-01, xxgk (disclosure) 05-05 = 5; not 2018-12-31 23:50, 2020-01-01 00:10 (15:10 UTC on the 31st), a draft.
        assertThat(report.value(ReportField.ARTICLES_TOTAL)).isEqualTo("5");
        assertThat(report.value(ReportField.NEWS_ARTICLES)).isEqualTo("2");
        assertThat(report.value(ReportField.INTERPRETATIONS)).isEqualTo("2");
        assertThat(report.value(ReportField.INTERPRETATION_MATERIALS)).isEqualTo("2");
        assertThat(report.value(ReportField.DISCLOSURE_ARTICLES)).isEqualTo("1");
        // 专题专栏 with 优化营商环境 (opened 2019) and 乡村振兴 (2018) visible, 旧专题 hidden.
        assertThat(report.value(ReportField.COLUMNS_MAINTAINED)).isEqualTo("2");
        assertThat(report.value(ReportField.COLUMNS_OPENED)).isEqualTo("1");
        // Messages: 3 received (a rejected one and one of 2020 left out), 2 replied in 2 and 3 working days, 1 public.
        assertThat(report.value(ReportField.MESSAGES_RECEIVED)).isEqualTo("3");
        assertThat(report.value(ReportField.MESSAGES_REPLIED)).isEqualTo("2");
        assertThat(report.value(ReportField.MESSAGE_AVERAGE_DAYS)).isEqualTo("2.5");
        assertThat(report.value(ReportField.MESSAGES_PUBLISHED)).isEqualTo("1");
        // Applications: 2 received in 2019 (one decided), one on 2018-12-31 20:00 left out.
        assertThat(report.value(ReportField.APPLICATIONS_RECEIVED)).isEqualTo("2");
        assertThat(report.value(ReportField.APPLICATIONS_COMPLETED)).isEqualTo("1");
        // A survey of 2019 with 2 responses that year (one more in 2020); an interview with 3 questions, 2 picked.
        assertThat(report.value(ReportField.SURVEY_ROUNDS)).isEqualTo("1");
        assertThat(report.value(ReportField.OPINIONS_RECEIVED)).isEqualTo("2");
        assertThat(report.value(ReportField.INTERVIEWS)).isEqualTo("1");
        assertThat(report.value(ReportField.INTERVIEW_QUESTIONS)).isEqualTo("3");
        assertThat(report.value(ReportField.INTERVIEW_ANSWERS)).isEqualTo("2");
        assertThat(report.value(ReportField.TOTAL_VISITS)).isEqualTo("15");
        assertThat(report.value(ReportField.UNIQUE_VISITORS)).isNull();
        // The header from the county's registration.
        assertThat(report.value(ReportField.SITE_NAME)).isEqualTo("报表区人民政府");
        assertThat(report.value(ReportField.ORGANIZER)).isEqualTo("报表区人民政府办公室");
        assertThat(report.value(ReportField.SITE_IDENTIFIER)).isEqualTo(Counties.siteIdentifier(COUNTY));
        assertThat(report.value(ReportField.HOME_URL)).isEqualTo("http://rptone.localhost/");
        // Lines a person fills in start empty.
        assertThat(report.value(ReportField.SECURITY_ASSESSMENTS)).isNull();
        assertThat(report.sections()).extracting(ReportView.Section::label).containsExactly("基本信息", "信息发布", "专栏专题",
                "解读回应", "办事服务", "互动交流", "安全防护", "移动新媒体", "创新发展");

        // The county with nothing in 2019 counts nothing.
        ReportView empty = in(OTHER, () -> reports.generate(webmaster(OTHER), YEAR));
        assertThat(empty.value(ReportField.ARTICLES_TOTAL)).isEqualTo("0");
        assertThat(empty.value(ReportField.MESSAGES_RECEIVED)).isEqualTo("0");
        assertThat(empty.value(ReportField.MESSAGE_AVERAGE_DAYS)).isNull();
        assertThat(empty.value(ReportField.TOTAL_VISITS)).isEqualTo("0");
    }

    @Test
    void entriesAreCheckedAndCorrectionsNeedANote() {
        int year = 2018;
        ReportView draft = in(COUNTY, () -> reports.generate(webmaster(COUNTY), year));
        int version = draft.version();
        // Not a number, over-long, a correction without a note: Chinese errors, nothing stored.
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "securityAssessments", "三次", null)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("“安全检测评估次数（次）”须填写不小于 0 的整数（最多 12 位）");
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "weiboName", "微".repeat(201), null)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("“微博：名称”不能超过 200 个字");
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "messageAverageDays", "-1", null)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("须填写不小于 0 的数字");
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "monitoring", "有", null)))).isInstanceOf(InvalidInputException.class)
                .hasMessage("“是否建立安全监测预警机制”只能填“是”或“否”");
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "articlesTotal", "99", null)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("请填写更正说明");
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(version, "noSuchLine", "1", null)))).isInstanceOf(InvalidInputException.class);
        ReportView unchanged = in(COUNTY, () -> reports.get(webmaster(COUNTY), year));
        assertThat(unchanged.version()).isEqualTo(version);
        assertThat(unchanged.value(ReportField.SECURITY_ASSESSMENTS)).isNull();

        Map<String, ReportEntries.Entry> fields = new LinkedHashMap<>();
        fields.put("securityAssessments", new ReportEntries.Entry(" 4 ", null));
        fields.put("articlesTotal", new ReportEntries.Entry("99", "含纸质公开信息"));
        fields.put("innovationOther", new ReportEntries.Entry("开通长者模式", null));
        ReportView saved = in(COUNTY, () -> reports.update(webmaster(COUNTY), year, new ReportEntries(version, fields)));
        assertThat(saved.value(ReportField.SECURITY_ASSESSMENTS)).isEqualTo("4");
        assertThat(saved.value(ReportField.ARTICLES_TOTAL)).isEqualTo("99");
        ReportView.Line corrected = saved.sections().get(1).lines().get(0);
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.note()).isEqualTo("含纸质公开信息");
        // The seeded article of 2018-12-31 23:50 (Beijing) is 2018's only one.
        assertThat(corrected.figure()).isEqualTo("1");

        // Someone else saved in between: the stale version is refused.
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(editorOrCity(), year,
                entries(version, "securityProblems", "1", null)))).isInstanceOf(ConflictException.class)
                .hasMessage("年度报表已被他人修改，请刷新页面后再改");
        // Regenerating keeps the entries.
        ReportView again = in(COUNTY, () -> reports.generate(CITY, year));
        assertThat(again.value(ReportField.SECURITY_ASSESSMENTS)).isEqualTo("4");
        assertThat(again.value(ReportField.ARTICLES_TOTAL)).isEqualTo("99");
    }

    private static Actor editorOrCity() {
        return CITY;
    }

    private static ReportEntries entries(int version, String key, String value, String note) {
        return new ReportEntries(version, Map.of(key, new ReportEntries.Entry(value, note)));
    }

    @Test
    void onlyTheCountysWebmasterAndTheCityManageItsReport() {
        assertThatThrownBy(() -> in(COUNTY, () -> reports.generate(webmaster(OTHER), 2017)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(COUNTY, () -> reports.list(editor(COUNTY)))).isInstanceOf(AccessDeniedException.class);
        in(COUNTY, () -> reports.generate(CITY, 2017));
        assertThatThrownBy(() -> in(COUNTY, () -> reports.get(webmaster(OTHER), 2017))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(COUNTY, () -> reports.publish(webmaster(OTHER), 2017, null)))
                .isInstanceOf(AccessDeniedException.class);
        // The other county's own reports are its own: 2017 does not exist there.
        assertThatThrownBy(() -> in(OTHER, () -> reports.get(webmaster(OTHER), 2017)))
                .isInstanceOf(cn.gov.baoji.portal.core.error.NotFoundException.class);
    }

    @Test
    void apiKeepsCountiesApartAndTheCitySeesAll() {
        String weibin = KeycloakTokens.of("weibin-webmaster");
        String taibai = KeycloakTokens.of("taibai-webmaster");
        String city = KeycloakTokens.of("city-admin");
        given().header("Host", "weibin.localhost").auth().oauth2(weibin).contentType("application/json")
                .post("/api/admin/reports/2016/generate")
                .then().statusCode(200);
        // Another county's webmaster on this county's host: refused, nothing changed.
        given().header("Host", "weibin.localhost").auth().oauth2(taibai).get("/api/admin/reports/2016").then().statusCode(403);
        given().header("Host", "weibin.localhost").auth().oauth2(taibai).contentType("application/json")
                .body(Map.of("version", 0, "fields", Map.of("securityAssessments", Map.of("value", "9"))))
                .put("/api/admin/reports/2016").then().statusCode(403);
        given().header("Host", "weibin.localhost").auth().oauth2(taibai).contentType("application/json")
                .post("/api/admin/reports/2016/publish")
                .then().statusCode(403);
        given().header("Host", "weibin.localhost").auth().oauth2(taibai).get("/api/admin/reports/2016/pdf").then().statusCode(403);
        // On its own host it reaches its own county only.
        given().header("Host", "taibai.localhost").auth().oauth2(taibai).get("/api/admin/reports/2016").then().statusCode(404);
        // The console is the city's.
        given().header("Host", "console.localhost").auth().oauth2(taibai).get("/api/console/reports/weibin/2016")
                .then().statusCode(403);
        int version = given().header("Host", "console.localhost").auth().oauth2(city).get("/api/console/reports/weibin/2016")
                .then().statusCode(200).extract().jsonPath().getInt("version");
        given().header("Host", "console.localhost").auth().oauth2(city).contentType("application/json")
                .body(Map.of("version", version, "fields", Map.of("securityAssessments", Map.of("value", "x"))))
                .put("/api/console/reports/weibin/2016").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Host", "weibin.localhost").auth().oauth2(weibin).get("/api/admin/reports/2016").then().statusCode(200)
                .body("sections[6].lines[0].value", org.hamcrest.Matchers.nullValue())
                .body("version", org.hamcrest.Matchers.equalTo(version));
        given().header("Host", "console.localhost").auth().oauth2(city).contentType("application/json")
                .body(Map.of("version", version, "fields", Map.of("securityAssessments", Map.of("value", "3"))))
                .put("/api/console/reports/weibin/2016").then().statusCode(200);
        given().header("Host", "weibin.localhost").auth().oauth2(weibin).get("/api/admin/reports/2016").then().statusCode(200)
                .body("sections[6].lines[0].value", org.hamcrest.Matchers.equalTo("3"));
        given().header("Host", "console.localhost").auth().oauth2(city).get("/api/console/reports/nosuch/2016")
                .then().statusCode(404);
        given().header("Host", "weibin.localhost").auth().oauth2(weibin).get("/api/admin/reports/1999").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void thePublicSeesPublishedReportsOnly() {
        int year = 2015;
        ReportView draft = in(COUNTY, () -> reports.generate(webmaster(COUNTY), year));
        String host = Counties.host(COUNTY);
        given().header("Host", host).get("/reports/" + year).then().statusCode(404);
        given().header("Host", host).get("/reports/" + year + "/pdf").then().statusCode(404);
        assertThat(given().header("Host", host).get("/reports").then().statusCode(200).extract().asString())
                .doesNotContain(year + "年度政府网站工作年度报表");
        in(COUNTY, () -> reports.update(webmaster(COUNTY), year, entries(draft.version(), "weiboName", "报表区发布", null)));
        in(COUNTY, () -> reports.publish(webmaster(COUNTY), year, null));
        String list = given().header("Host", host).get("/reports").then().statusCode(200).extract().asString();
        assertThat(list).contains("报表区人民政府" + year + "年度政府网站工作年度报表").contains("/reports/" + year);
        String page = given().header("Host", host).get("/reports/" + year).then().statusCode(200).extract().asString();
        String report = page.substring(page.indexOf("<article class=\"annual-report\">"), page.indexOf("</article>"));
        assertThat(report).contains("信息发布", "专栏专题", "解读回应", "办事服务", "互动交流", "安全防护", "移动新媒体", "创新发展",
                "报表区发布", "<td>—</td>").doesNotContain("null", "false", "{", "}");
        byte[] file = given().header("Host", host).get("/reports/" + year + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(text(file)).contains("报表区发布");
        // Published: no more changes, no recount.
        assertThatThrownBy(() -> in(COUNTY, () -> reports.generate(webmaster(COUNTY), year))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> in(COUNTY, () -> reports.update(webmaster(COUNTY), year,
                entries(draft.version() + 2, "weiboName", "改", null)))).isInstanceOf(ConflictException.class);
        // Another county's site does not show it.
        given().header("Host", Counties.host(OTHER)).get("/reports/" + year).then().statusCode(404);
    }

    @Test
    void thePdfHasEverySectionAndTheFigures() throws IOException {
        int year = 2014;
        ReportView draft = in(COUNTY, () -> reports.generate(webmaster(COUNTY), year));
        Map<String, ReportEntries.Entry> fields = new LinkedHashMap<>();
        fields.put("securityAssessments", new ReportEntries.Entry("12", null));
        fields.put("wechatName", new ReportEntries.Entry("报表区发布微信", null));
        fields.put("innovationOther", new ReportEntries.Entry("长者模式、无障碍浏览全面上线，" + "便民服务".repeat(40), null));
        ReportView filled = in(COUNTY, () -> reports.update(webmaster(COUNTY), year, new ReportEntries(draft.version(), fields)));
        byte[] bytes = pdf.render(filled);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            for (ReportSection section : ReportSection.values()) {
                assertThat(text).as(section.label()).contains(section.label());
            }
            assertThat(text).contains("报表区人民政府政府网站工作年度报表（2014年度）", "安全检测评估次数（次）12", "报表区发布微信",
                    "政府网站标识码" + Counties.siteIdentifier(COUNTY), "信息发布总数（条）0", "长者模式");
            // The Chinese font is embedded as a subset.
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).contains("+");
        }
    }

    @Test
    void theReminderShowsFromFirstJanuaryUntilPublished() {
        // 31 December 2026, 23:00 in Beijing: last year's (2025) report published, nothing to remind.
        moveTo(LocalDateTime.of(2026, 12, 31, 23, 0));
        in(REMINDED, () -> reports.generate(webmaster(REMINDED), 2025));
        in(REMINDED, () -> reports.publish(webmaster(REMINDED), 2025, null));
        assertThat(in(REMINDED, () -> reports.reminder())).isEmpty();
        // 2026 is not over: its report cannot be published yet.
        in(REMINDED, () -> reports.generate(webmaster(REMINDED), 2026));
        assertThatThrownBy(() -> in(REMINDED, () -> reports.publish(webmaster(REMINDED), 2026, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("尚未结束");

        // 1 January 2027, 00:30 in Beijing: 2026's report is due by 31 January.
        moveTo(LocalDateTime.of(2027, 1, 1, 0, 30));
        var reminder = in(REMINDED, () -> reports.reminder()).orElseThrow();
        assertThat(reminder.year()).isEqualTo(2026);
        assertThat(reminder.daysLeft()).isEqualTo(30);
        assertThat(reminder.text()).contains("2026年度政府网站工作年度报表", "2027 年 1 月 31 日前");
        in(REMINDED, () -> reports.publish(webmaster(REMINDED), 2026, null));
        assertThat(in(REMINDED, () -> reports.reminder())).isEmpty();
    }

    @Test
    void theBackOfficeHomeAndTheConsoleRemind() {
        // weibin has not published 2026's report: on 1 January 2027 its webmaster's home page and the console say so.
        moveTo(LocalDateTime.of(2027, 1, 1, 9, 0));
        RedirectUris.allow(keycloak, root.getPort(), "weibin", "console");
        BrowserSession webmaster = new BrowserSession();
        String home = webmaster.logIn(webmaster.open(url("weibin", "/admin/")), "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD)
                .then().statusCode(200).extract().asString();
        assertThat(home).contains("id=\"report-reminder\"", "2026年度政府网站工作年度报表");
        BrowserSession cityAdmin = new BrowserSession();
        String console = cityAdmin.logIn(cityAdmin.open(url("console", "/console/")), "city-admin", KeycloakTokens.DEMO_PASSWORD)
                .then().statusCode(200).extract().asString();
        assertThat(console).contains("id=\"report-reminders\"", "2026年度政府网站工作年度报表");
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }

    private void moveTo(LocalDateTime beijing) {
        clock.reset();
        Instant target = beijing.atZone(ChinaTime.ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static String text(byte[] pdfBytes) {
        try (PDDocument document = Loader.loadPDF(pdfBytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(ChinaTime.ZONE).toOffsetDateTime();
    }

    /** The known data set of 2019 (and its edges) in the seeded county. */
    private void seed(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + schema);
            long department = id(c, "SELECT min(id) FROM department");
            String departmentCode = string(c, "SELECT code FROM department WHERE id = " + department);
            long xwdt = id(c, "SELECT id FROM channel WHERE code = 'xwdt'");
            long tzgg = id(c, "SELECT id FROM channel WHERE code = 'tzgg'");
            long zcjd = id(c, "SELECT id FROM channel WHERE code = 'zcjd'");
            long xxgk = id(c, "SELECT id FROM channel WHERE code = 'xxgk'");
            long graphic = insertChannel(c, zcjd, "tjzc", "图解政策", true, at("2019-01-01T00:00"));
            long topics = insertChannel(c, null, "ztzl", "专题专栏", true, at("2018-01-01T00:00"));
            insertChannel(c, topics, "yshj", "优化营商环境", true, at("2019-04-01T10:00"));
            insertChannel(c, topics, "xczx", "乡村振兴", true, at("2018-05-01T10:00"));
            insertChannel(c, topics, "jzt", "旧专题", false, at("2019-05-01T10:00"));

            article(c, xwdt, department, "2019-03-01T10:00", false);
            article(c, tzgg, department, "2019-12-31T23:30", false);
            article(c, zcjd, department, "2019-06-01T10:00", false);
            article(c, graphic, department, "2019-07-01T10:00", false);
            article(c, xxgk, department, "2019-05-05T10:00", true);
            article(c, xwdt, department, "2018-12-31T23:50", false);
            article(c, xwdt, department, "2020-01-01T00:10", false);
            article(c, xwdt, department, null, false);

            message(c, "m1", "2019-03-04T09:00", "REPLIED", "2019-03-06T10:00", true);
            message(c, "m2", "2019-03-11T09:00", "REPLIED", "2019-03-14T16:00", false);
            message(c, "m3", "2019-11-20T09:00", "ACCEPTED", null, false);
            message(c, "m4", "2019-05-01T09:00", "REJECTED", null, false);
            message(c, "m5", "2020-01-01T00:30", "REPLIED", "2020-01-03T10:00", true);

            try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_form (service_code, result_fields,"
                    + " highest_key, updated_at, updated_by) VALUES ('RPT-0001', '', 0, now(), 'test')")) {
                ps.executeUpdate();
            }
            long form = id(c, "SELECT max(id) FROM application_form");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO application_form_version (form_id, number,"
                    + " definition_json, saved_at, saved_by) VALUES (?, 1, '{}', now(), 'test')")) {
                ps.setLong(1, form);
                ps.executeUpdate();
            }
            long version = id(c, "SELECT max(id) FROM application_form_version");
            application(c, version, departmentCode, "RPT0000000000001", "2019-04-01T10:00", "APPROVED", 3);
            application(c, version, departmentCode, "RPT0000000000002", "2019-08-01T10:00", "SUBMITTED", null);
            application(c, version, departmentCode, "RPT0000000000003", "2018-12-31T20:00", "APPROVED", 2);

            try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey (title, intro, starts_at, ends_at, results_during,"
                    + " state, published_at, created_by, created_at, updated_at, version)"
                    + " VALUES ('2019年群众满意度调查', '', ?, ?, false, 'PUBLISHED', ?, 'test', ?, ?, 0)")) {
                ps.setObject(1, at("2019-05-01T09:00"));
                ps.setObject(2, at("2020-02-01T09:00"));
                ps.setObject(3, at("2019-04-30T09:00"));
                ps.setObject(4, at("2019-04-30T09:00"));
                ps.setObject(5, at("2019-04-30T09:00"));
                ps.executeUpdate();
            }
            long survey = id(c, "SELECT max(id) FROM survey");
            int n = 0;
            for (String when : List.of("2019-05-02T10:00", "2019-12-30T10:00", "2020-01-05T10:00")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey_response (survey_id, browser_key, address_key,"
                        + " submitted_at) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, survey);
                    ps.setString(2, String.valueOf(++n).repeat(64).substring(0, 64));
                    ps.setString(3, String.valueOf(n).repeat(64).substring(0, 64));
                    ps.setObject(4, at(when));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO interview (title, intro, starts_at, ends_at, state,"
                    + " event_seq, lock_version, created_by, created_at, updated_at)"
                    + " VALUES ('优化营商环境在线访谈', '', ?, ?, 'ANNOUNCED', 0, 0, 'test', ?, ?)")) {
                ps.setObject(1, at("2019-09-09T09:00"));
                ps.setObject(2, at("2019-09-09T11:00"));
                ps.setObject(3, at("2019-09-01T09:00"));
                ps.setObject(4, at("2019-09-01T09:00"));
                ps.executeUpdate();
            }
            long interview = id(c, "SELECT max(id) FROM interview");
            int q = 0;
            for (String state : List.of("PICKED", "PICKED", "REJECTED")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO interview_question (interview_id, content, nickname,"
                        + " submission_key, state, asked_at) VALUES (?, '问题', '网友', ?, ?, ?)")) {
                    ps.setLong(1, interview);
                    ps.setString(2, "rpt-q-" + (++q));
                    ps.setString(3, state);
                    ps.setObject(4, at("2019-09-09T09:1" + q));
                    ps.executeUpdate();
                }
            }
            // Page views (click statistics): 10 + 5 people's views in 2019; robots, 2018 and 2020 not counted.
            s.execute("INSERT INTO page_view_day (day, channel_code, article_id, human_views, bot_views) VALUES"
                    + " ('2019-01-01', 'xwdt', 0, 10, 3), ('2019-12-31', '_home', 0, 5, 1), ('2020-01-01', '_home', 0, 100, 0),"
                    + " ('2018-12-31', '_home', 0, 7, 0)");
            s.execute("RESET search_path");
        }
    }

    private static long insertChannel(Connection c, Long parent, String code, String name, boolean visible, OffsetDateTime created)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO channel (parent_id, code, name, sort_order, visible, created_at)"
                + " VALUES (?, ?, ?, 900, ?, ?)")) {
            ps.setObject(1, parent);
            ps.setString(2, code);
            ps.setString(3, name);
            ps.setBoolean(4, visible);
            ps.setObject(5, created);
            ps.executeUpdate();
        }
        return id(c, "SELECT id FROM channel WHERE code = '" + code + "'");
    }

    private static void article(Connection c, long channel, long department, String firstPublished, boolean disclosure)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (channel_id, department_id, title, body_html, state,"
                + " author_subject, author_name, first_published_at, disclosure) VALUES (?, ?, '报表测试稿件', '<p>正文</p>', ?,"
                + " 'test', '测试', ?, ?)")) {
            ps.setLong(1, channel);
            ps.setLong(2, department);
            ps.setString(3, firstPublished == null ? "DRAFT" : "WITHDRAWN");
            ps.setObject(4, firstPublished == null ? null : at(firstPublished));
            ps.setBoolean(5, disclosure);
            ps.executeUpdate();
        }
    }

    private static void message(Connection c, String key, String received, String state, String replied, boolean published)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO message (query_code, submission_key, kind, addressee, title,"
                + " content, name, phone, publish_allowed, state, received_at, due_on, replied_at, reply, reply_by, published)"
                + " VALUES (?, ?, 'CONSULT', 'leader', '报表测试留言', '内容', '张三', '13800000000', true, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, ("rpt" + key + "000000000").substring(0, 12));
            ps.setString(2, "rpt-" + key);
            ps.setString(3, state);
            ps.setObject(4, at(received));
            ps.setObject(5, at(received).toLocalDate().plusDays(10));
            ps.setObject(6, replied == null ? null : at(replied));
            ps.setString(7, replied == null ? null : "已答复");
            ps.setString(8, replied == null ? null : "办公室");
            ps.setBoolean(9, published);
            ps.executeUpdate();
        }
    }

    private static void application(Connection c, long version, String department, String number, String received, String state,
            Integer elapsed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO application (tracking_number, submission_key, service_code,"
                + " service_name, department_code, form_version_id, applicant, phone, values_json, state, received_at,"
                + " time_limit_days, completed_at, elapsed_days, on_time) VALUES (?, ?, 'RPT-0001', '报表测试事项', ?, ?, '申请人',"
                + " '13800000000', '{}', ?, ?, 5, ?, ?, ?)")) {
            ps.setString(1, number);
            ps.setString(2, "rpt-" + number);
            ps.setString(3, department);
            ps.setLong(4, version);
            ps.setString(5, state);
            ps.setObject(6, at(received));
            ps.setObject(7, elapsed == null ? null : at(received).plusDays(elapsed));
            ps.setObject(8, elapsed);
            ps.setObject(9, elapsed == null ? null : Boolean.TRUE);
            ps.executeUpdate();
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
