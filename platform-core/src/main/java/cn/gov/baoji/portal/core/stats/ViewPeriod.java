package cn.gov.baoji.portal.core.stats;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** A period of China dates, both ends included, as a client asks for it ({@code yyyy-MM-dd}). */
public record ViewPeriod(LocalDate from, LocalDate to) {

    /** How many days a period without a start covers, ending on its end day. */
    public static final int DEFAULT_DAYS = 30;

    /**
     * Reads {@code from} and {@code to}; a missing end is {@code today}, a missing start the
     * {@value #DEFAULT_DAYS} days ending on the end.
     */
    public static ViewPeriod parse(String from, String to, LocalDate today) {
        LocalDate end = isBlank(to) ? today : date("to", to);
        LocalDate start = isBlank(from) ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        if (start.plusDays(PageViewFigures.MAX_DAYS).isBefore(end)) {
            throw new InvalidInputException("to", "统计期间不能超过十年");
        }
        return new ViewPeriod(start, end);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String field, String value) {
        try {
            if (value.length() != 10) {
                throw new DateTimeParseException("length", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期格式应为 yyyy-MM-dd，例如 2026-01-31");
        }
    }
}
