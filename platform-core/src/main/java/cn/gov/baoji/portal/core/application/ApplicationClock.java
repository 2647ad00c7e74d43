package cn.gov.baoji.portal.core.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.calendar.WorkingCalendar;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * The promised time limit (承诺时限) of an application, in working days of the city's calendar.
 * The clock starts the day after the application arrives (the day it arrives is day 0, as for any
 * deadline counted in days) and stops while the applicant is asked for more material (补正): from
 * the day after the request to the day the material arrives, both included. So a request on
 * Wednesday answered the next Monday stops it for Thursday, Friday and Monday. Dates are Beijing
 * dates, from the clock.
 */
@ApplicationScoped
public class ApplicationClock {

    private final WorkingCalendar calendar;
    private final Clock clock;

    ApplicationClock(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(ChinaTime.ZONE));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public static LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** The day the time limit ends, when the clock runs: {@code limit} working days plus the days it stood still. */
    public LocalDate dueOn(LocalDate received, int limit, int pausedDays) {
        return calendar.addWorkingDays(received, limit + pausedDays);
    }

    /** Working days a pause lasted: after the request day, up to and including the day the material came. */
    public int pauseLength(LocalDate requestedOn, LocalDate suppliedOn) {
        return calendar.workingDaysBetween(requestedOn, suppliedOn);
    }

    /**
     * Working days the application has been in the department's hands by the end of {@code on}:
     * since it arrived, less the finished pauses and the one still running (since {@code pausedSince}).
     */
    public int elapsed(LocalDate received, int pausedDays, LocalDate pausedSince, LocalDate on) {
        int running = pausedSince == null ? 0 : calendar.workingDaysBetween(pausedSince, on);
        return Math.max(0, calendar.workingDaysBetween(received, on) - pausedDays - running);
    }

    /** Working days left today (negative: overdue by that many). */
    public int daysLeft(LocalDate received, int limit, int pausedDays, LocalDate pausedSince) {
        return limit - elapsed(received, pausedDays, pausedSince, today());
    }
}
