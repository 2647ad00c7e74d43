package cn.gov.baoji.portal.core.interview;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The text rules of interviews: stripped, no control characters (line breaks only where a text has
 * paragraphs), lengths counted in characters as people count them, times in Beijing time.
 */
final class InterviewText {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");
    private static final Pattern CONTROL_BUT_NEWLINE = Pattern.compile("[\\p{Cntrl}\\p{Cf}&&[^\\n]]");

    private InterviewText() {
    }

    /** One line; blank is absent (null), or refused when required. */
    static String line(String field, String label, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "请填写" + label);
            }
            return null;
        }
        String v = value.strip();
        check(field, label, v, max, CONTROL);
        return v;
    }

    /** Text with paragraphs (line breaks kept, Windows line ends made plain). */
    static String block(String field, String label, String value, int max, boolean required) {
        String v = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (v.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "请填写" + label);
            }
            return null;
        }
        check(field, label, v, max, CONTROL_BUT_NEWLINE);
        return v;
    }

    private static void check(String field, String label, String v, int max, Pattern control) {
        if (v.codePointCount(0, v.length()) > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        if (control.matcher(v).find()) {
            throw new InvalidInputException(field, label + "含有不可见的控制字符");
        }
    }

    /** A time as a form sends it ({@code 2026-12-01T09:30}, Beijing time) or with an offset. */
    static OffsetDateTime time(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请填写" + label);
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).atZoneSameInstant(CHINA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).atZone(CHINA).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                throw new InvalidInputException(field, label + "格式不正确，例如 2026-12-01T09:30");
            }
        }
    }
}
