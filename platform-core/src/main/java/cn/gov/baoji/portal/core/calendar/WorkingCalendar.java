package cn.gov.baoji.portal.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Working days as government offices count them: Monday to Friday, minus the city's listed
 * holidays, plus its listed 调休 working weekends. Reply deadlines (e.g. "5 working days") and
 * reply-time figures are counted with it.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** Long enough for any deadline the platform sets; stops a runaway loop on absurd input. */
    private static final int MAX_SPAN_DAYS = 3_700;

    private final CityCalendar city;

    WorkingCalendar(CityCalendar city) {
        this.city = city;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind listed = city.exception(day);
        if (listed != null) {
            return listed == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The day on which {@code days} working days after {@code from} have passed: a message received
     * on Friday with 5 working days is due the next Friday; received on a holiday, the count starts
     * with the first working day after it.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = from;
        int counted = 0;
        for (int step = 0; counted < days; step++) {
            if (step > MAX_SPAN_DAYS) {
                throw new IllegalArgumentException("too many working days: " + days);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days in (fromExclusive, toInclusive]; 0 when {@code toInclusive} is not after {@code fromExclusive}. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return 0;
        }
        if (fromExclusive.plusDays(MAX_SPAN_DAYS).isBefore(toInclusive)) {
            throw new IllegalArgumentException("span too long: " + fromExclusive + " to " + toInclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
