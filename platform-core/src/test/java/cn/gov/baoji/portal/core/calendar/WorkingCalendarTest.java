package cn.gov.baoji.portal.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Working days across weekends, a holiday week and a 调休 Saturday, counted by hand on the
 * calendar of October 2026: Oct 1 (Thu) to Oct 7 (Wed) off, Oct 10 (Sat) worked.
 */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(new CityCalendar(null) {
        private final Map<LocalDate, DayKind> listed = Map.of(
                LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, LocalDate.of(2026, 10, 2), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 5), DayKind.HOLIDAY, LocalDate.of(2026, 10, 6), DayKind.HOLIDAY,
                LocalDate.of(2026, 10, 7), DayKind.HOLIDAY, LocalDate.of(2026, 10, 10), DayKind.WORKDAY);

        @Override
        public DayKind exception(LocalDate day) {
            return listed.get(day);
        }
    });

    @Test
    void fiveWorkingDaysFromAFridayEndTheNextFriday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void fromASaturdayTheCountStartsOnMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theHolidayWeekIsSkippedAndTheWorkedSaturdayCounts() {
        // Sep 30 (Wed) + 5: Oct 8 (Thu), 9 (Fri), 10 (Sat, worked), 12 (Mon), 13 (Tue).
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void workingDaysBetweenCountsTheEndButNotTheStart() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30))).isZero();
    }

    @Test
    void zeroDaysIsTheSameDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 28), 0)).isEqualTo(LocalDate.of(2026, 11, 28));
    }
}
