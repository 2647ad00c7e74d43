package cn.gov.baoji.portal.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * STAND-IN for the lead's working calendar on main (same contract): weekends only, no holiday list
 * yet. The merge of main replaces this file with the real one, which also skips the city's holidays
 * and counts its make-up working days.
 */
@ApplicationScoped
public class WorkingCalendar {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from}. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate day = from;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 if not after. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
