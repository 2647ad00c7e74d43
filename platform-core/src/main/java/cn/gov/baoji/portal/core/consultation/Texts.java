package cn.gov.baoji.portal.core.consultation;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Checks of the plain fields of consultations and comments, and the county's time zone. */
public final class Texts {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Control characters but tab and line breaks: a NUL would fail in PostgreSQL, the others mean nothing. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t\\r]]");

    private Texts() {
    }

    /** Stripped text without control characters; null when empty and optional. Lengths count characters as people see them. */
    static String text(String field, String value, int max, boolean required, String label) {
        String cleaned = value == null ? "" : CONTROL.matcher(value).replaceAll("").replace("\r\n", "\n").strip();
        if (cleaned.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "请填写" + label + "。");
            }
            return null;
        }
        if (cleaned.codePointCount(0, cleaned.length()) > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字（现有 "
                    + cleaned.codePointCount(0, cleaned.length()) + " 个字）。");
        }
        return cleaned;
    }

    /** A local date-time of the form, in the county's zone. */
    static OffsetDateTime time(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请填写" + label + "。");
        }
        try {
            return LocalDateTime.parse(value.strip()).truncatedTo(ChronoUnit.MINUTES).atZone(CHINA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "格式应为 2026-12-31T17:00。");
        }
    }

    /** A time as pages show it, e.g. 2026-12-31 17:00. */
    public static String show(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(MINUTES);
    }

    /** A time as a date-time form field holds it, e.g. 2026-12-31T17:00. */
    public static String input(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(CHINA).format(LOCAL_INPUT);
    }
}
