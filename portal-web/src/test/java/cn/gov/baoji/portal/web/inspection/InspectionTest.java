package cn.gov.baoji.portal.web.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.admin.inspection.CountyRuns;
import cn.gov.baoji.portal.core.inspection.InspectionJobs;
import cn.gov.baoji.portal.core.inspection.InspectionMail;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.Inspector;
import cn.gov.baoji.portal.core.inspection.LinkChecker;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import cn.gov.baoji.portal.web.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The national self-inspection end to end: every rule fires on a seeded violation and is quiet on a
 * clean county; fixing the cause closes the finding and the history shows when it came and went;
 * the external-link check against a local server; the daily e-mail as GreenMail received it; and who
 * may see and run what.
 */
@QuarkusTest
class InspectionTest {

    private static final String BROKEN = "inspbad";
    private static final String CLEAN = "inspgood";

    @Inject
    InspectionFixtures fixtures;
    @Inject
    Inspector inspector;
    @Inject
    InspectionReport report;
    @Inject
    InspectionJobs jobs;
    @Inject
    InspectionMail mail;
    @Inject
    LinkChecker links;
    @Inject
    TenantScope scope;
    @Inject
    TestClock clock;
    @Inject
    CountyRuns countyRuns;
    @Inject
    Keycloak keycloak;
    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource("/")
    URL root;

    @Test
    void everyRuleFiresOnItsViolationAndFixingTheCauseClearsIt() throws Exception {
        try (LocalLinkServer server = new LocalLinkServer()) {
            fixtures.county(BROKEN, "问题示例区", false);
            // Home page and 新闻动态: newest news a month old (due every 14 days).
            fixtures.article(BROKEN, "xwdt", "区政府召开常务会议", "<p>会议研究了冬季供暖工作。</p>", Duration.ofDays(30));
            String body = "<p>详见<a href=\"/articles/999999\">已撤下的旧文</a>和<a href=\"/attachments/999999/通知.pdf\">附件</a>。</p>"
                    + "<p><img src=\"/static/themes/base/logo.png\"><a href=\"/channels/xwdt\"></a></p>"
                    + "<table><tr><td>序号</td><td>名称</td></tr></table>"
                    + "<p><a href=\"" + server.url("/ok") + "\">正常的网站</a> <a href=\"" + server.url("/missing")
                    + "\">已删除的页面</a> <a href=\"" + server.url("/slow") + "\">很慢的网站</a></p>";
            long notice = fixtures.article(BROKEN, "tzgg", "关于开展安全生产大检查的通知", body, Duration.ofDays(20));
            fixtures.article(BROKEN, "zcwj", "问题示例区人民政府关于印发某办法的通知", "<p>全文。</p>", Duration.ofDays(20));
            long overdue = fixtures.message(BROKEN, "小区路灯不亮", Duration.ofDays(12), -3);
            long ancient = fixtures.message(BROKEN, "道路积水无人处理", Duration.ofDays(125), -80);
            String guide = fixtures.publishedGuide(BROKEN);
            fixtures.guidePlace(BROKEN, guide, null);

            Inspector.RunSummary first = inspector.run(TenantCode.of(BROKEN), Inspector.Trigger.ON_DEMAND, "测试");
            assertThat(first.failedRules()).isEmpty();
            Map<String, List<FindingView>> byRule = open(BROKEN);
            assertThat(byRule.keySet()).containsExactlyInAnyOrder("HOME_STALE", "CHANNEL_OVERDUE", "CHANNEL_EMPTY",
                    "MESSAGE_OVERDUE", "MESSAGE_UNANSWERED_3M", "GUIDE_ELEMENTS", "BROKEN_LINK", "EXTERNAL_LINK", "FOOTER",
                    "ACCESSIBILITY");

            FindingView home = byRule.get("HOME_STALE").get(0);
            assertThat(home.veto()).isTrue();
            assertThat(home.detail()).contains("20 天前").contains("超过 14 天未更新");
            assertThat(home.department()).isNotBlank();
            assertThat(home.advice()).contains("两周");

            assertThat(byRule.get("CHANNEL_OVERDUE")).singleElement().satisfies(f -> {
                assertThat(f.title()).isEqualTo("栏目“新闻动态”");
                assertThat(f.detail()).contains("30 天未更新").contains("每 14 天").contains("共 1 个栏目");
                assertThat(f.veto()).isFalse();
                assertThat(f.publicUrl()).isEqualTo("/channels/xwdt");
            });
            assertThat(byRule.get("CHANNEL_EMPTY")).extracting(FindingView::title).containsExactly("栏目“政策解读”");
            assertThat(byRule.get("MESSAGE_OVERDUE")).singleElement().satisfies(f -> {
                assertThat(f.title()).isEqualTo("留言“小区路灯不亮”");
                assertThat(f.adminUrl()).isEqualTo("/admin/messages/" + overdue);
                assertThat(f.veto()).isFalse();
            });
            assertThat(byRule.get("MESSAGE_UNANSWERED_3M")).singleElement().satisfies(f -> {
                assertThat(f.adminUrl()).isEqualTo("/admin/messages/" + ancient);
                assertThat(f.veto()).isTrue();
                assertThat(f.department()).isNotBlank();
            });
            assertThat(byRule.get("GUIDE_ELEMENTS")).singleElement().satisfies(f -> {
                assertThat(f.detail()).isEqualTo("缺少要素：办理地点");
                assertThat(f.adminUrl()).isEqualTo("/admin/services/" + guide);
                assertThat(f.veto()).isTrue();
            });
            assertThat(byRule.get("BROKEN_LINK")).extracting(FindingView::detail).containsExactlyInAnyOrder(
                    "失效的站内链接 1 个：/articles/999999", "缺失的附件 1 个：/attachments/999999/通知.pdf");
            assertThat(byRule.get("BROKEN_LINK")).allSatisfy(f -> {
                assertThat(f.adminUrl()).isEqualTo("/admin/articles/" + notice);
                assertThat(f.publicUrl()).isEqualTo("/articles/" + notice);
            });
            assertThat(byRule.get("EXTERNAL_LINK")).extracting(FindingView::detail).containsExactlyInAnyOrder(
                    "外部链接 " + server.url("/missing") + " 返回错误 404",
                    "外部链接 " + server.url("/slow") + " 超过 2 秒无响应");
            assertThat(byRule.get("FOOTER")).singleElement().satisfies(
                    f -> assertThat(f.detail()).isEqualTo("缺少：ICP备案号、公安机关备案号"));
            assertThat(byRule.get("ACCESSIBILITY")).singleElement().satisfies(f -> assertThat(f.detail())
                    .isEqualTo("1 张图片没有替代文本（alt）；1 个链接没有可读的文字；1 个表格没有表头（th）"));

            // A second run finds the same problems: nothing new, first-seen kept.
            Inspector.RunSummary again = inspector.run(TenantCode.of(BROKEN), Inspector.Trigger.SCHEDULE, "系统");
            assertThat(again.appeared()).isZero();
            assertThat(again.resolved()).isZero();
            assertThat(open(BROKEN).get("HOME_STALE").get(0).firstSeenAt()).isEqualTo(home.firstSeenAt());

            // Fix every cause.
            clock.advance(Duration.ofMinutes(5));
            try {
                fixtures.article(BROKEN, "xwdt", "区政府召开安全生产会议", "<p>会议部署了安全生产工作。</p>", Duration.ZERO);
                fixtures.article(BROKEN, "zcjd", "《某办法》政策解读", "<p>解读全文。</p>", Duration.ZERO);
                fixtures.body(BROKEN, notice, "<p>请各单位认真开展检查，<a href=\"" + server.url("/ok") + "\">检查要点</a>。</p>"
                        + "<p><img src=\"/static/themes/base/logo.png\" alt=\"检查现场\"></p>"
                        + "<table><tr><th>序号</th><th>名称</th></tr></table>");
                fixtures.reply(BROKEN, overdue);
                fixtures.reply(BROKEN, ancient);
                fixtures.guidePlace(BROKEN, guide, "问题示例区政务服务中心一楼");
                fixtures.footer(BROKEN, true);
                Inspector.RunSummary fixed = inspector.run(TenantCode.of(BROKEN), Inspector.Trigger.ON_DEMAND, "测试");
                assertThat(fixed.open()).isZero();
                assertThat(fixed.resolved()).isEqualTo(first.open());
                assertThat(open(BROKEN)).isEmpty();

                List<FindingView> history = scope.call(TenantCode.of(BROKEN), report::history);
                assertThat(history).hasSize(first.open()).allSatisfy(f -> {
                    assertThat(f.resolvedAt()).isNotNull();
                    assertThat(f.resolvedAt()).isAfter(f.firstSeenAt());
                });

                // Broken again: a new row; the old one stays in the history as gone.
                fixtures.guidePlace(BROKEN, guide, null);
                Inspector.RunSummary broken = inspector.run(TenantCode.of(BROKEN), Inspector.Trigger.ON_DEMAND, "测试");
                assertThat(broken.appeared()).isEqualTo(1);
                List<FindingView> guideHistory = scope.call(TenantCode.of(BROKEN), report::history).stream()
                        .filter(f -> f.rule().equals("GUIDE_ELEMENTS")).toList();
                assertThat(guideHistory).hasSize(2);
                assertThat(guideHistory.get(0).resolvedAt()).isNull();
                assertThat(guideHistory.get(1).resolvedAt()).isNotNull();
                fixtures.guidePlace(BROKEN, guide, "问题示例区政务服务中心一楼");
            } finally {
                clock.reset();
            }
        }
    }

    @Test
    void aCleanCountyHasNoFinding() {
        fixtures.county(CLEAN, "合格示例县", true);
        fixtures.freshInEveryChannel(CLEAN);
        Inspector.RunSummary run = inspector.run(TenantCode.of(CLEAN), Inspector.Trigger.ON_DEMAND, "测试");
        assertThat(open(CLEAN)).isEmpty();
        assertThat(run.open()).isZero();
        assertThat(run.failedRules()).isEmpty();
    }

    @Test
    void fiveOverdueChannelsAreASingleVetoRisk() {
        String code = "inspfive";
        fixtures.county(code, "否决示例区", true);
        fixtures.sql("INSERT INTO " + TenantCode.of(code).schema() + ".channel (code, name, sort_order, update_every_days)"
                + " VALUES ('bmdt', '部门动态', 80, NULL), ('zjdt', '镇街动态', 90, NULL), ('tpxw', '图片新闻', 100, 7)");
        for (String channel : List.of("xwdt", "bmdt", "zjdt", "tpxw")) {
            fixtures.article(code, channel, "旧闻（" + channel + "）", "<p>旧闻。</p>", Duration.ofDays(20));
        }
        fixtures.article(code, "tzgg", "旧通知", "<p>旧通知。</p>", Duration.ofDays(200));
        fixtures.article(code, "zcwj", "新文件", "<p>新文件。</p>", Duration.ofDays(1));
        fixtures.article(code, "zcjd", "新解读", "<p>新解读。</p>", Duration.ofDays(1));
        inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试");
        List<FindingView> overdue = open(code).get("CHANNEL_OVERDUE");
        assertThat(overdue).extracting(FindingView::title).containsExactlyInAnyOrder("栏目“新闻动态”", "栏目“部门动态”",
                "栏目“镇街动态”", "栏目“图片新闻”", "栏目“通知公告”");
        assertThat(overdue).allSatisfy(f -> {
            assertThat(f.veto()).isTrue();
            assertThat(f.detail()).contains("共 5 个栏目").contains("单项否决");
        });
        assertThat(overdue).filteredOn(f -> f.title().contains("图片新闻")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("每 7 天更新"));
        assertThat(overdue).filteredOn(f -> f.title().contains("通知公告")).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("每 180 天更新"));
    }

    @Test
    void theScheduleRunsOnceAcrossInstancesThroughTheLease() {
        jobs.releaseLease();
        int first = jobs.runAllIfLeased();
        assertThat(first).isPositive();
        // Another tick (or another instance) within the interval finds the lease taken.
        assertThat(jobs.runAllIfLeased()).isEqualTo(-1);
        jobs.releaseLease();
    }

    @Test
    void theHolderRenewsTheLeaseAfterEachCountyAndStopsWhenItIsLost() {
        jobs.releaseLease();
        List<String> inspected = new ArrayList<>();
        List<Boolean> othersTook = new ArrayList<>();
        try {
            int done = jobs.runAllIfLeased(tenant -> {
                inspected.add(tenant.code().value());
                switch (inspected.size()) {
                    // Each of the first two counties takes 50 minutes: together longer than the 54-minute lease.
                    case 1 -> clock.advance(Duration.ofMinutes(50));
                    case 2 -> {
                        clock.advance(Duration.ofMinutes(50));
                        // Another instance's tick, 100 minutes after the start: the renewed lease holds.
                        othersTook.add(otherInstanceTakesLease());
                    }
                    case 3 -> {
                        // The lease taken away all the same (say, this instance hung past the lease): stop.
                        fixtures.sql("UPDATE platform.inspection_lease SET holder = 'other-instance'");
                    }
                    default -> {
                    }
                }
            });
            assertThat(othersTook).containsExactly(false);
            assertThat(inspected).hasSize(3);
            assertThat(done).isEqualTo(3);
        } finally {
            clock.reset();
            fixtures.sql("DELETE FROM platform.inspection_lease");
        }
    }

    /** What another instance's tick does: take the lease unless it is held and still running. */
    private boolean otherInstanceTakesLease() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO platform.inspection_lease (name, holder, until) VALUES ('schedule', 'other-instance', ?)"
                        + " ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until"
                        + " WHERE platform.inspection_lease.until < ?")) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().plus(Duration.ofMinutes(54))));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theDailySummaryArrivesByMail() {
        String code = "inspmail";
        fixtures.county(code, "邮件示例区", false);
        fixtures.freshInEveryChannel(code);
        String webmaster = TestAccounts.webmaster(keycloak, code, "邮件示例区网站管理员");
        long ancient = fixtures.message(code, "供暖不热三个月无人答复", Duration.ofDays(100), -60);
        inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试");
        LocalDate day = LocalDate.now(clock.withZone(ChinaTime.ZONE));

        List<InspectionMail.Sent> sent = mail.sendDaily(day);
        assertThat(sent).extracting(InspectionMail.Sent::scope).contains(code, "city");
        assertThat(sent).filteredOn(m -> m.scope().equals(code)).singleElement()
                .satisfies(m -> assertThat(m.to()).containsExactly(webmaster + "@example.invalid"));
        // Once a day: asked again the same day, nothing more goes out.
        assertThat(mail.sendDaily(day)).isEmpty();

        // To the webmaster's own address, not to the public contact address of the footer.
        assertThat(GreenMailInbox.of(InspectionFixtures.webmasterAddress(code))).isEmpty();
        List<GreenMailInbox.Received> county = GreenMailInbox.of(webmaster + "@example.invalid");
        assertThat(county).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("【网站自查】邮件示例区人民政府 " + day + "：单项否决风险 1 项，问题 2 项");
            assertThat(m.text()).contains("[单项否决风险] 留言超过三个月未答复：留言 #" + ancient + "（")
                    .doesNotContain("供暖不热三个月无人答复")
                    .contains("[扣分项] 页脚要素缺失：网站页脚——缺少：ICP备案号、公安机关备案号")
                    .contains("去处理：http://inspmail.localhost:8080/admin/messages/" + ancient)
                    .contains("处理建议：")
                    .contains("全部结果：http://inspmail.localhost:8080/admin/inspection/");
        });
        List<GreenMailInbox.Received> city = GreenMailInbox.of("city-office@baoji.test");
        assertThat(city).anySatisfy(m -> {
            assertThat(m.subject()).startsWith("【网站自查】各区县汇总 " + day);
            assertThat(m.text()).contains("邮件示例区人民政府：单项否决风险 1 项，问题 2 项");
        });
    }

    @Test
    void aWebmasterSeesAndRunsOnlyTheirOwnCounty() {
        String weibin = KeycloakTokens.of("weibin-webmaster");
        // Started in the background: 202 at once, the run's result shows in the overview when done.
        OffsetDateTime before = OffsetDateTime.now(clock).minusSeconds(1);
        String webmaster = given().header("Host", "weibin.localhost").auth().oauth2(weibin).contentType("application/json")
                .post("/api/admin/inspection/runs").then().statusCode(202).body("county", org.hamcrest.Matchers.equalTo("weibin"))
                .extract().path("triggeredBy");
        assertThat(webmaster).isNotBlank();
        // This webmaster's own run (a run of every county that another test started may also finish meanwhile).
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String finished = given().header("Host", "weibin.localhost").auth().oauth2(weibin).get("/api/admin/inspection")
                    .then().statusCode(200).body("summary.county", org.hamcrest.Matchers.equalTo("weibin"))
                    .body("summary.lastRun.trigger", org.hamcrest.Matchers.equalTo("ON_DEMAND"))
                    .body("summary.lastRun.triggeredBy", org.hamcrest.Matchers.equalTo(webmaster))
                    .extract().path("summary.lastRun.finishedAt");
            assertThat(OffsetDateTime.parse(finished)).isAfter(before);
        });
        // Another county's host, the other county's account, the console: all refused.
        given().header("Host", "taibai.localhost").auth().oauth2(weibin).get("/api/admin/inspection")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Host", "taibai.localhost").auth().oauth2(weibin).contentType("application/json").post("/api/admin/inspection/runs")
                .then().statusCode(403);
        given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("taibai-webmaster"))
                .get("/api/admin/inspection/history").then().statusCode(403);
        given().header("Host", "console.localhost").auth().oauth2(weibin).get("/api/console/inspection/taibai")
                .then().statusCode(403);
        given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("weibin-editor"))
                .get("/api/admin/inspection").then().statusCode(403);
        given().header("Host", "weibin.localhost").get("/api/admin/inspection").then().statusCode(401);

        // The city sees every county, and one county's findings by code.
        String city = KeycloakTokens.of("city-admin");
        List<String> counties = given().header("Host", "console.localhost").auth().oauth2(city)
                .get("/api/console/inspection").then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(counties).contains("weibin", "taibai", "qishan");
        given().header("Host", "console.localhost").auth().oauth2(city).contentType("application/json").post("/api/console/inspection/taibai/runs")
                .then().statusCode(202).body("county", org.hamcrest.Matchers.equalTo("taibai"));
        // Finished before the next test, which must not meet it on the demo county.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> countyRuns.running(TenantCode.of("taibai")).isEmpty());
        given().header("Host", "console.localhost").auth().oauth2(city).get("/api/console/inspection/taibai")
                .then().statusCode(200).body("summary.county", org.hamcrest.Matchers.equalTo("taibai"));
        given().header("Host", "console.localhost").auth().oauth2(city).get("/api/console/inspection/nosuchcounty")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Host", "weibin.localhost").auth().oauth2(weibin).get("/api/admin/inspection?rule=NO_SUCH_RULE")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDepartmentReviewerSeesOnlyTheirDepartmentsFindingsOnTheHome() {
        String code = "inspdept";
        fixtures.county(code, "部门示例区", true);
        fixtures.freshInEveryChannel(code);
        fixtures.message(code, "zfb", "政府办收到的供暖投诉", Duration.ofDays(100), -60);
        fixtures.message(code, "jyj", "教育局收到的学区划分咨询", Duration.ofDays(100), -60);
        inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试");
        RedirectUris.allow(keycloak, root.getPort(), code);
        String reviewer = TestAccounts.account(keycloak, code + "-jyj-editor", "教育局审核员", code, "editor", "jyj");
        String countyEditor = TestAccounts.account(keycloak, code + "-editor", "部门示例区审核员", code, "editor", null);

        BrowserSession jyj = new BrowserSession();
        String home = jyj.logIn(jyj.open(backOffice(code, "/admin/")), reviewer, KeycloakTokens.DEMO_PASSWORD).asString();
        assertThat(home).contains("单项否决风险 1 项").contains("教育局收到的学区划分咨询").doesNotContain("政府办收到的供暖投诉");
        // The 网站自查 page and its API are the webmaster's alone.
        assertThat(jyj.open(backOffice(code, "/admin/inspection/")).statusCode()).isEqualTo(403);
        given().header("Host", code + ".localhost").auth().oauth2(KeycloakTokens.of(reviewer)).get("/api/admin/inspection")
                .then().statusCode(403);

        BrowserSession county = new BrowserSession();
        assertThat(county.logIn(county.open(backOffice(code, "/admin/")), countyEditor, KeycloakTokens.DEMO_PASSWORD)
                .asString()).contains("单项否决风险 2 项").contains("教育局收到的学区划分咨询").contains("政府办收到的供暖投诉");
    }

    private String backOffice(String code, String path) {
        return "http://" + code + ".localhost:" + root.getPort() + path;
    }

    @Test
    void externalLinksAreNotCheckedOutsideTheAllowedHosts() {
        assertThat(links.allowed(java.net.URI.create("https://www.gov.cn/"))).isFalse();
        assertThat(links.allowed(java.net.URI.create("http://127.0.0.1:1/x"))).isTrue();
    }

    @Test
    void aVeryLongBrokenLinkAndAnImpossibleIdAreFindingsNotFailures() throws Exception {
        String code = "insplong";
        fixtures.county(code, "长链接示例区", true);
        fixtures.freshInEveryChannel(code);
        try (LocalLinkServer server = new LocalLinkServer()) {
            links.forget();
            String longLink = server.url("/missing?q=" + "政务公开".repeat(10) + "&p=" + "a".repeat(2000));
            long article = fixtures.article(code, "tzgg", "关于公布办事指南的通知",
                    "<p>详见<a href=\"" + longLink + "\">原网站</a>和<a href=\"/articles/99999999999999999999\">相关文章</a>。</p>",
                    Duration.ZERO);
            Inspector.RunSummary first = inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试");
            assertThat(first.failedRules()).isEmpty();
            assertThat(first.runId()).isPositive();
            Map<String, List<FindingView>> byRule = open(code);
            assertThat(byRule.get("EXTERNAL_LINK")).singleElement().satisfies(f -> {
                assertThat(f.detail()).startsWith("外部链接 " + server.url("/missing?q=政务公开")).endsWith("… 返回错误 404");
                assertThat(f.adminUrl()).isEqualTo("/admin/articles/" + article);
            });
            assertThat(byRule.get("BROKEN_LINK")).extracting(FindingView::detail)
                    .containsExactly("失效的站内链接 1 个：/articles/99999999999999999999");

            // The next run finds the same long link (same key), and fixing the article closes both.
            assertThat(inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试").appeared()).isZero();
            fixtures.body(code, article, "<p>详见原网站。</p>");
            Inspector.RunSummary fixed = inspector.run(TenantCode.of(code), Inspector.Trigger.ON_DEMAND, "测试");
            assertThat(fixed.resolved()).isEqualTo(2);
            assertThat(open(code)).isEmpty();
        }
    }

    @Test
    void redirectsAreFollowedByHandButNeverIntoTheInsideNetwork() throws Exception {
        try (LocalLinkServer server = new LocalLinkServer()) {
            links.forget();
            assertThat(links.check(URI.create(server.url("/to-ok")))).isEqualTo(new LinkChecker.Outcome(200, null));
            assertThat(links.check(URI.create(server.url("/to-missing")))).isEqualTo(new LinkChecker.Outcome(404, "返回错误 404"));
            // A public link that 302s to an inside address: refused before any request, in words that
            // do not tell whether anything listens there.
            LinkChecker.Outcome refused = new LinkChecker.Outcome(0, "跳转到内部网络地址，未继续检查");
            assertThat(links.check(URI.create(server.url("/to-inside")))).isEqualTo(refused);
            assertThat(links.check(URI.create(server.url("/to-metadata")))).isEqualTo(refused);
            assertThat(links.check(URI.create(server.insideUrl("/secret"))))
                    .isEqualTo(new LinkChecker.Outcome(0, "指向内部网络地址，未检查"));
            assertThat(server.insideHits()).isZero();
        }
    }

    private Map<String, List<FindingView>> open(String code) {
        return scope.call(TenantCode.of(code), () -> report.overview(null)).findings().stream()
                .collect(Collectors.groupingBy(FindingView::rule));
    }
}
