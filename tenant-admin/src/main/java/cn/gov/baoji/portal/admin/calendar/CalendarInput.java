package cn.gov.baoji.portal.admin.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/** Reading a day of the city calendar from a form or a path: text in, a checked day out. */
final class CalendarInput {

    private CalendarInput() {
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("day", "请填写日期");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("day", "日期格式应为“年-月-日”，例如 2026-10-01");
        }
    }

    /** A date in a path: one that cannot be parsed names no listed day. */
    static LocalDate pathDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new NotFoundException("节假日安排中没有这一天");
        }
    }

    static DayKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("kind", "请选择“放假”或“调休上班”");
        }
        try {
            return DayKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "请选择“放假”或“调休上班”");
        }
    }

    static CalendarDay day(String day, String kind, String name) {
        return new CalendarDay(date(day), kind(kind), name);
    }
}
