package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageBackOfficeTest.section;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the back office and the city console say about deadlines, with the application's clock moved
 * to known days: working days left across a weekend and a city holiday, the overdue flag, and a
 * message unanswered for three months flagged red on the county's pages and on the console. Each
 * test has a county of its own (期限区, 预警区), so its counts are exact.
 */
@QuarkusTest
class MessageDeadlinePagesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String DEADLINES = "msgdl";
    private static final String RED = "msgred";
    private static boolean prepared;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    @Inject
    CityCalendar calendar;

    private CitizenMessages citizens;
    private LocalDate listedHoliday;

    @BeforeEach
    void countiesAndPeople() {
        citizens = new CitizenMessages(scope, board, em);
        RedirectUris.allow(keycloak, root.getPort(), DEADLINES, RED, "console");
        if (prepared) {
            return;
        }
        Counties.provision(provisioner, DEADLINES, "期限区", "619987", "classic");
        Counties.provision(provisioner, RED, "预警区", "619988", "classic");
        for (String county : new String[] { DEADLINES, RED }) {
            TestAccounts.account(keycloak, county + "-editor", "区县审核员", county, "editor", null);
            TestAccounts.account(keycloak, county + "-zfb", "政府办信息员", county, "contributor", "zfb");
        }
        prepared = true;
    }

    @AfterEach
    void resetClockAndCalendar() {
        clock.reset();
        if (listedHoliday != null) {
            calendar.remove(listedHoliday);
            listedHoliday = null;
        }
    }

    @Test
    void workingDaysLeftSkipTheWeekendAndTheCitysHoliday() {
        // Thursday 19 November 2026 is a holiday in this test: from Wednesday the 18th, five working
        // days are Fri 20, Mon 23, Tue 24, Wed 25, Thu 26 (without the holiday it would be Wed 25).
        listedHoliday = LocalDate.of(2026, 11, 19);
        calendar.put(new CalendarDay(listedHoliday, DayKind.HOLIDAY, "测试假日"));
        at("2026-11-18T10:00");
        CitizenMessages.Sent sent = citizens.send(DEADLINES, "zfb", "路灯不亮", "13912340011", true);
        String path = "/admin/messages/" + sent.id();
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), DEADLINES, DEADLINES + "-editor");
        editor.page(path);
        editor.step(path + "/accept", Map.of("department", "zfb"));
        CountyBackOffice office = CountyBackOffice.signIn(root.getPort(), DEADLINES, DEADLINES + "-zfb");

        assertThat(row(office.page("/admin/messages/open"), sent.id())).contains("2026年11月26日（星期四）").contains("剩余 5 个工作日")
                .doesNotContain("flag-overdue");

        at("2026-11-21T10:00"); // Saturday: Friday was a working day
        assertThat(office.page(path)).contains("2026年11月26日（星期四），<span class=\"deadline\" id=\"message-deadline\">剩余 4 个工作日</span>");

        at("2026-11-26T16:00");
        assertThat(row(office.page("/admin/messages/open"), sent.id())).contains("今天到期").doesNotContain("flag-overdue");

        at("2026-11-27T09:00");
        String late = office.page("/admin/messages/open");
        assertThat(row(late, sent.id())).contains("已逾期 1 个工作日").contains("<strong class=\"flag flag-overdue\">逾期</strong>")
                .doesNotContain("flag-red");
        assertThat(late).contains("id=\"nav-messages-open\">本部门留言（1，逾期 1）</a>");
        assertThat(section(office.page("/admin/"), "work-messages")).contains("本部门待办留言（1 条，逾期 1 条）")
                .contains("已逾期 1 个工作日");
        assertThat(section(editor.page("/admin/"), "work-messages")).contains("逾期 1 条");
        assertThat(editor.page("/admin/messages/?overdue=true")).contains("href=\"" + path + "\">路灯不亮</a>");

        at("2026-11-28T09:00"); // Saturday: no further working day lost
        assertThat(office.page(path)).contains("已逾期 1 个工作日");

        // Answered late: no longer flagged.
        office.step(path + "/reply", Map.of("reply", "已安排维修，路灯于本周内恢复照明。"));
        editor.page(path);
        editor.step(path + "/approve", Map.of("reply", "已安排维修，路灯于本周内恢复照明。"));
        assertThat(office.page("/admin/")).contains("id=\"nav-messages-open\">本部门留言（0）</a>");
    }

    @Test
    void threeMonthsUnansweredIsFlaggedRedForTheCountyAndTheCity() {
        at("2026-02-27T10:00");
        CitizenMessages.Sent sent = citizens.send(RED, "leader", "农村饮水工程何时完工", "13912340012", true);
        String messageUrl = "http://" + RED + ".localhost:" + root.getPort() + "/admin/messages/" + sent.id();
        BrowserSession console = new BrowserSession();
        assertThat(console.logIn(console.open(consoleUrl()), "city-admin", KeycloakTokens.DEMO_PASSWORD).statusCode())
                .isEqualTo(200);

        at("2026-05-26T10:00"); // a day short of three months: overdue, not yet red
        String before = console.open(consoleUrl()).asString();
        assertThat(countyRow(before)).contains("<td class=\"overdue-messages\"><a href=\"http://" + RED + ".localhost:"
                + root.getPort() + "/admin/messages/?overdue=true\"").contains("1 条</a> <strong class=\"flag flag-overdue\">逾期</strong>")
                .contains("<td class=\"red-flag-messages\">0 条</td>");
        assertThat(before).doesNotContain("id=\"red-" + RED + "\"");

        at("2026-05-27T10:00");
        String red = console.open(consoleUrl()).asString();
        assertThat(countyRow(red)).contains("href=\"#red-" + RED + "\"").contains("<strong class=\"flag flag-red\">超三个月未办结</strong>");
        String flagged = red.substring(red.indexOf("id=\"red-" + RED + "\""));
        flagged = flagged.substring(0, flagged.indexOf("</table>"));
        assertThat(flagged).contains("预警区人民政府：1 条").contains("<a href=\"" + messageUrl + "\">农村饮水工程何时完工</a>")
                .contains("2026-02-27 10:00").doesNotContain("13912340012");

        // The county sees the same flag, and its editor follows the console's link to the message.
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), RED, RED + "-editor");
        assertThat(section(editor.page("/admin/"), "work-messages")).contains("超三个月未办结 1 条")
                .contains("<strong class=\"flag flag-red\">超三个月未办结</strong>");
        assertThat(row(editor.page("/admin/messages/inbox"), sent.id())).contains("<strong class=\"flag flag-red\">超三个月未办结</strong>");
        String page = editor.page("/admin/messages/" + sent.id());
        assertThat(page).contains("<strong class=\"flag flag-red\">超三个月未办结</strong>");

        // Once it is dealt with, the city's list is clear of it.
        editor.step("/admin/messages/" + sent.id() + "/reject", Map.of("reason", "工程已于 3 月完工，留言所询事项已办结。"));
        String cleared = console.open(consoleUrl()).asString();
        assertThat(countyRow(cleared)).contains("<td class=\"red-flag-messages\">0 条</td>");
        assertThat(cleared).doesNotContain("id=\"red-" + RED + "\"");
    }

    private String consoleUrl() {
        return "http://console.localhost:" + root.getPort() + "/console/";
    }

    /** The console table's row of this test's county. */
    private static String countyRow(String dashboard) {
        int start = dashboard.indexOf("<tr data-county=\"" + RED + "\">");
        assertThat(start).as("row of " + RED).isNotNegative();
        return dashboard.substring(start, dashboard.indexOf("</tr>", start));
    }

    /** A message's row in a back-office list. */
    private static String row(String list, long id) {
        int start = list.indexOf("data-message=\"" + id + "\"");
        assertThat(start).as("row of message " + id).isNotNegative();
        return list.substring(start, list.indexOf("</tr>", start));
    }

    /** Moves the application's clock to a Beijing time. */
    private void at(String beijingTime) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijingTime).atZone(CHINA).toInstant()));
    }
}
