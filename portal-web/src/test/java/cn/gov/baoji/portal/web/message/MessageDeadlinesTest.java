package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageActors.editor;
import static cn.gov.baoji.portal.web.message.MessageActors.key;
import static cn.gov.baoji.portal.web.message.MessageActors.message;
import static cn.gov.baoji.portal.web.message.MessageActors.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageDeadlines;
import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Due dates, days left, overdue and three-month flags, and the public figures, with the clock moved
 * to known days: each test in a county of its own, so that its counts are exact.
 */
@QuarkusTest
class MessageDeadlinesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    TenantScope scope;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    MessageBoard board;

    @Inject
    MessageWorkflow workflow;

    @Inject
    MessageQueues queues;

    @Inject
    MessageDeadlines deadlines;

    @Inject
    MessageFigures figures;

    @Inject
    TestClock clock;

    @Inject
    CityCalendar calendar;

    private final List<LocalDate> listed = new ArrayList<>();

    private static boolean provisioned;

    private String county;

    @BeforeEach
    void counties() {
        if (provisioned) {
            return;
        }
        provisioned = true;
        Counties.provision(provisioner, "msgdue", "时限区", "619981", "classic");
        Counties.provision(provisioner, "msgfig", "统计区", "619982", "classic");
        Counties.provision(provisioner, "msgdays", "期限区", "619983", "classic");
    }

    @AfterEach
    void resetClockAndCalendar() {
        clock.reset();
        listed.forEach(calendar::remove);
        listed.clear();
    }

    @Test
    void dueDateDaysLeftOverdueAndRedFlagAcrossWeekends() {
        county = "msgdue";
        // Friday 3 July 2026, 10:00 in Baoji: five working days on is Friday 10 July.
        at("2026-07-03T10:00");
        long id = submit("zfb", "小区供暖管道漏水", "13900000001");
        long answered = submit("zfb", "已答复的留言", "13900000002");
        MessageDetail m = in(() -> workflow.accept(id, "zfb", editor(county), null));
        in(() -> workflow.accept(answered, "zfb", editor(county), null));
        assertThat(m.dueOn()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(m.daysLeft()).isEqualTo(5);

        at("2026-07-06T09:00"); // Monday: the weekend did not count
        assertThat(detail(id).daysLeft()).isEqualTo(4);
        in(() -> workflow.draftReply(answered, "已安排维修。", officer(county, "zfb")));
        in(() -> workflow.approveReply(answered, editor(county)));

        at("2026-07-10T23:59"); // the due date itself: not yet overdue
        assertThat(detail(id).daysLeft()).isZero();
        assertThat(detail(id).overdue()).isFalse();
        assertThat(in(() -> deadlines.overdueCount())).isZero();

        at("2026-07-11T00:01"); // Saturday: overdue, by no working day yet
        assertThat(detail(id).overdue()).isTrue();
        assertThat(detail(id).daysLeft()).isZero();
        assertThat(in(() -> deadlines.overdueCount())).isEqualTo(1);
        assertThat(in(() -> queues.counts(officer(county, "zfb"))).overdue()).isEqualTo(1);
        assertThat(in(() -> queues.counts(officer(county, "czj"))).overdue()).isZero();

        at("2026-07-14T12:00"); // Tuesday: two working days late
        assertThat(detail(id).daysLeft()).isEqualTo(-2);
        assertThat(in(() -> queues.search(editor(county), new MessageQueues.Filter(null, null, null, true, 1, 20))).items())
                .extracting(r -> r.id()).containsExactly(id);
        assertThat(in(() -> queues.open(officer(county, "zfb"), null, 1, 20)).items().get(0).daysLeft()).isEqualTo(-2);

        at("2026-10-02T23:59"); // one minute short of three months
        assertThat(detail(id).redFlag()).isFalse();
        assertThat(in(() -> deadlines.redFlags())).isEmpty();
        at("2026-10-03T00:01");
        assertThat(detail(id).redFlag()).isTrue();
        assertThat(detail(answered).redFlag()).isFalse();
        assertThat(in(() -> deadlines.redFlags())).extracting(MessageDeadlines.RedFlag::id).containsExactly(id);
        assertThat(in(() -> queues.counts(editor(county))).redFlags()).isEqualTo(1);
        // Another county sees none of it.
        assertThat(scope.call(TenantCode.of("msgfig"), () -> deadlines.redFlags())).noneMatch(f -> f.id() == id);

        // An answer, late as it is, lifts both flags.
        in(() -> workflow.draftReply(id, "已修复。", officer(county, "zfb")));
        in(() -> workflow.approveReply(id, editor(county)));
        assertThat(detail(id).redFlag()).isFalse();
        assertThat(detail(id).overdue()).isFalse();
        assertThat(in(() -> deadlines.redFlags())).isEmpty();
    }

    @Test
    void cityHolidaysAreSkippedAndMakeUpWorkingDaysCounted() {
        county = "msgdue";
        // Thursday and Friday 3-4 September off, Sunday 6 September worked instead.
        holidays(new CalendarDay(LocalDate.of(2026, 9, 3), DayKind.HOLIDAY, "测试假日"),
                new CalendarDay(LocalDate.of(2026, 9, 4), DayKind.HOLIDAY, "测试假日"),
                new CalendarDay(LocalDate.of(2026, 9, 6), DayKind.WORKDAY, "测试调休"));
        at("2026-09-02T10:00");
        long id = submit("czj", "九月的留言", "13900000005");
        // Sun 6, Mon 7, Tue 8, Wed 9, Thu 10 (Mon-Fri alone would give Wed 9).
        assertThat(detail(id).dueOn()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(detail(id).daysLeft()).isEqualTo(5);
        at("2026-09-05T12:00");
        assertThat(detail(id).daysLeft()).isEqualTo(5);
        at("2026-09-06T12:00");
        assertThat(detail(id).daysLeft()).isEqualTo(4);
        at("2026-09-10T23:59");
        assertThat(detail(id).daysLeft()).isZero();
        assertThat(detail(id).overdue()).isFalse();
        at("2026-09-11T09:00");
        assertThat(detail(id).overdue()).isTrue();
        assertThat(detail(id).daysLeft()).isEqualTo(-1);
        in(() -> workflow.reject(id, editor(county), "测试完毕"));
    }

    @Test
    void theWebmasterSetsThePromisedReplyTime() {
        county = "msgdays";
        assertThat(in(() -> deadlines.replyDays())).isEqualTo(5);
        assertThatThrownBy(() -> in(() -> deadlines.setReplyDays(editor(county), 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> in(() -> deadlines.setReplyDays(MessageActors.webmaster(county), 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> in(() -> deadlines.setReplyDays(MessageActors.webmaster(county), 61)))
                .isInstanceOf(InvalidInputException.class);
        at("2026-07-03T10:00");
        long before = submit("zfb", "时限调整前的留言", "13900000003");
        try {
            in(() -> deadlines.setReplyDays(MessageActors.webmaster(county), 10));
            assertThat(in(() -> deadlines.replyDays())).isEqualTo(10);
            long after = submit("zfb", "时限调整后的留言", "13900000004");
            assertThat(detail(after).dueOn()).isEqualTo(LocalDate.of(2026, 7, 17));
            assertThat(detail(before).dueOn()).isEqualTo(LocalDate.of(2026, 7, 10));
            // Another county keeps its own.
            assertThat(scope.call(TenantCode.of("msgfig"), () -> deadlines.replyDays())).isEqualTo(5);
        } finally {
            in(() -> deadlines.setReplyDays(MessageActors.webmaster(county), 5));
        }
    }

    /**
     * Seven messages across weekends, figures compared with values worked out by hand (reply time 5
     * working days; "wd" = working days from the day received to the day replied):
     * <pre>
     * A zfb    received Fri 07-03, replied Wed 07-08, due 07-10: on time, wd 3
     * B leader received Sat 07-04, routed to czj, replied Mon 07-13, due 07-10: late, wd 6
     * C czj    received Fri 07-10 20:00, replied Mon 07-20; Wed 07-15 a city holiday, so due 07-20: on time, wd 5
     *          (without the holiday it would have been due 07-17, and late)
     * D leader received Mon 07-20, routed to zfb, transferred to czj, unanswered
     * E zfb    received Tue 07-21, rejected as invalid: not counted
     * F zfb    received Mon 06-22, replied Wed 06-24, due 06-29: on time, wd 2
     * G leader received Mon 08-03, routed to zfb, replied Mon 08-10, due 08-10: on time, wd 5
     * </pre>
     * Today Wednesday 12 August 2026. Last month (July): leader B,D; zfb A; czj B,C,D; total A-D.
     * This year adds F (zfb) and G (leader, zfb).
     */
    @Test
    void figuresMatchHandComputedValues() {
        county = "msgfig";
        holidays(new CalendarDay(LocalDate.of(2026, 7, 15), DayKind.HOLIDAY, "测试假日"));
        at("2026-06-22T09:00");
        long f = submit("zfb", "F", "13900000016");
        route(f, "zfb");
        at("2026-06-24T16:00");
        reply(f, "zfb");

        at("2026-07-03T09:00");
        long a = submit("zfb", "A", "13900000011");
        route(a, "zfb");
        at("2026-07-04T15:00");
        long b = submit("leader", "B", "13900000012");
        at("2026-07-06T09:00");
        route(b, "czj");
        at("2026-07-08T11:00");
        reply(a, "zfb");
        at("2026-07-10T20:00");
        long c = submit("czj", "C", "13900000013");
        at("2026-07-13T10:00");
        reply(b, "czj");
        route(c, "czj");
        at("2026-07-20T08:00");
        long d = submit("leader", "D", "13900000014");
        route(d, "zfb");
        at("2026-07-20T10:00");
        reply(c, "czj");
        at("2026-07-21T08:00");
        in(() -> workflow.transfer(d, "czj", editor(county), "涉及资金拨付，改由财政局答复"));
        long e = submit("zfb", "E", "13900000015");
        in(() -> workflow.reject(e, editor(county), "重复留言"));
        at("2026-08-03T09:00");
        long g = submit("leader", "G", "13900000017");
        route(g, "zfb");
        at("2026-08-10T17:00");
        reply(g, "zfb");

        at("2026-08-12T10:00");
        MessageFigures.Stats stats = in(() -> figures.stats());

        MessageFigures.Period july = stats.lastMonth();
        assertThat(july.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(july.to()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(july.label()).isEqualTo("2026年7月");
        assertRow(july, "leader", "区长信箱", 2, 1, 0, "6.0");
        assertRow(july, "zfb", "统计区人民政府办公室", 1, 1, 1, "3.0");
        assertRow(july, "czj", "统计区财政局", 3, 2, 1, "5.5");
        assertRow(july, "jyj", "统计区教育局", 0, 0, 0, null);
        assertTotal(july.total(), 4, 3, 2, "4.7");

        MessageFigures.Period year = stats.thisYear();
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.to()).isEqualTo(LocalDate.of(2026, 8, 12));
        assertRow(year, "leader", "区长信箱", 3, 2, 1, "5.5");
        assertRow(year, "zfb", "统计区人民政府办公室", 3, 3, 3, "3.3");
        assertRow(year, "czj", "统计区财政局", 3, 2, 1, "5.5");
        assertTotal(year.total(), 6, 5, 4, "4.2");
        assertThat(year.rows().get(0).code()).isEqualTo("leader");
    }

    private static void assertRow(MessageFigures.Period period, String code, String name, long received, long replied,
            long onTime, String average) {
        MessageFigures.Row row = period.rows().stream().filter(r -> code.equals(r.code())).findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo(name);
        assertThat(row).as(period.label() + " " + code).extracting(MessageFigures.Row::received, MessageFigures.Row::replied,
                MessageFigures.Row::repliedOnTime, MessageFigures.Row::averageWorkingDays)
                .containsExactly(received, replied, onTime, average == null ? null : new BigDecimal(average));
    }

    private static void assertTotal(MessageFigures.Row total, long received, long replied, long onTime, String average) {
        assertThat(total).extracting(MessageFigures.Row::received, MessageFigures.Row::replied,
                MessageFigures.Row::repliedOnTime, MessageFigures.Row::averageWorkingDays)
                .containsExactly(received, replied, onTime, new BigDecimal(average));
    }

    /** Lists days in the city's calendar for this test; they leave it again when the test ends. */
    private void holidays(CalendarDay... days) {
        for (CalendarDay day : days) {
            calendar.put(day);
            listed.add(day.day());
        }
    }

    private void route(long id, String department) {
        in(() -> workflow.accept(id, department, editor(county), null));
    }

    private void reply(long id, String department) {
        in(() -> workflow.draftReply(id, "答复内容", officer(county, department)));
        in(() -> workflow.approveReply(id, editor(county)));
    }

    private long submit(String addressee, String title, String phone) {
        String code = in(() -> board.submit(message(addressee, title, phone, true), key(), () -> {
        }));
        return in(() -> queues.byQueryCode(editor(county), code)).orElseThrow().id();
    }

    private MessageDetail detail(long id) {
        return in(() -> queues.detail(editor(county), id));
    }

    /** Moves the application's clock to a Beijing time. */
    private void at(String beijingTime) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), LocalDateTime.parse(beijingTime).atZone(CHINA).toInstant()));
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(county), work);
    }

    private void in(Runnable work) {
        scope.run(TenantCode.of(county), work);
    }
}
