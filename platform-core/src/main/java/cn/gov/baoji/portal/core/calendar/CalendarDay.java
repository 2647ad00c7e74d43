package cn.gov.baoji.portal.core.calendar;

import java.time.LocalDate;

/** One day of the city's holiday list, e.g. 2026-10-01 放假 国庆节. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
