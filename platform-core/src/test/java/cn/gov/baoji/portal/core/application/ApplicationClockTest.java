package cn.gov.baoji.portal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.calendar.TestCalendars;
import cn.gov.baoji.portal.core.calendar.WorkingCalendar;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Time limits counted by hand on the calendar of autumn 2026: 国庆 Oct 1 (Thu) to Oct 7 (Wed) off,
 * Saturday Oct 10 worked (调休). Every expected date below was counted on a paper calendar.
 */
class ApplicationClockTest {

    private static final WorkingCalendar CALENDAR = TestCalendars.of(Map.of(
            LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
            LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY));

    private static ApplicationClock at(String beijing) {
        return new ApplicationClock(CALENDAR, Clock.fixed(LocalDateTime.parse(beijing).atZone(ChinaTime.ZONE).toInstant(),
                ChinaTime.ZONE));
    }

    @Test
    void aFridayApplicationWithFiveDaysIsDueTheNextFriday() {
        ApplicationClock clock = at("2026-11-27T16:00");
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertThat(clock.dueOn(friday, 5, 0)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(clock.daysLeft(friday, 5, 0, null)).isEqualTo(5);
        // Monday: the weekend did not count.
        assertThat(at("2026-11-30T09:00").daysLeft(friday, 5, 0, null)).isEqualTo(4);
        // The day after the due date: one day over.
        assertThat(at("2026-12-07T09:00").daysLeft(friday, 5, 0, null)).isEqualTo(-1);
    }

    @Test
    void theHolidayWeekIsSkippedAndTheWorkedSaturdayCounts() {
        LocalDate wednesday = LocalDate.of(2026, 9, 30);
        // Oct 8 (Thu) 1, 9 (Fri) 2, 10 (Sat, worked) 3, 12 (Mon) 4, 13 (Tue) 5.
        assertThat(at("2026-09-30T10:00").dueOn(wednesday, 5, 0)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(at("2026-10-07T10:00").daysLeft(wednesday, 5, 0, null)).isEqualTo(5);
        assertThat(at("2026-10-10T10:00").daysLeft(wednesday, 5, 0, null)).isEqualTo(2);
        assertThat(at("2026-10-11T10:00").daysLeft(wednesday, 5, 0, null)).isEqualTo(2);
    }

    @Test
    void waitingForMaterialStopsTheClock() {
        // Received Mon Nov 2, 5 working days: due Mon Nov 9. Material asked Wed Nov 4 (2 days used),
        // brought Mon Nov 9: the clock stood still Thu 5, Fri 6 and Mon 9 (3 working days).
        LocalDate received = LocalDate.of(2026, 11, 2);
        LocalDate asked = LocalDate.of(2026, 11, 4);
        ApplicationClock waiting = at("2026-11-06T15:00");
        assertThat(waiting.elapsed(received, 0, asked, LocalDate.of(2026, 11, 6))).isEqualTo(2);
        assertThat(waiting.daysLeft(received, 5, 0, asked)).isEqualTo(3);
        ApplicationClock back = at("2026-11-09T15:00");
        int paused = back.pauseLength(asked, LocalDate.of(2026, 11, 9));
        assertThat(paused).isEqualTo(3);
        // Tue 10, Wed 11, Thu 12 remain: due Thu Nov 12.
        assertThat(back.dueOn(received, 5, paused)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(back.daysLeft(received, 5, paused, null)).isEqualTo(3);
        assertThat(at("2026-11-12T17:00").elapsed(received, paused, null, LocalDate.of(2026, 11, 12))).isEqualTo(5);
    }

    @Test
    void aPauseOverTheHolidayWeekCountsOnlyItsWorkingDays() {
        // Asked Tue Sep 29, brought Sat Oct 10 (a worked Saturday): Sep 30, Oct 8, 9, 10 = 4 working days.
        assertThat(at("2026-10-10T10:00").pauseLength(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 10))).isEqualTo(4);
        // Asked and brought the same day: nothing stood still.
        assertThat(at("2026-10-10T10:00").pauseLength(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10))).isZero();
    }

    @Test
    void anApplicationDecidedOnTheDayItArrivedTookNoDays() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        assertThat(at("2026-11-30T17:00").elapsed(day, 0, null, day)).isZero();
        assertThat(at("2026-11-30T17:00").dueOn(day, 0, 0)).isEqualTo(day);
    }

    @Test
    void beijingDatesDecideNotTheServersZone() {
        // 23:30 UTC on Nov 29 is 07:30 on Nov 30 in Baoji.
        ApplicationClock clock = new ApplicationClock(CALENDAR,
                Clock.fixed(LocalDateTime.parse("2026-11-29T23:30").toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
