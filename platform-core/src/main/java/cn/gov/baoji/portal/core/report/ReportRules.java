package cn.gov.baoji.portal.core.report;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Checks one entry a person makes on a report line; every message names the line. */
final class ReportRules {

    private static final Pattern COUNT = Pattern.compile("\\d{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");

    private ReportRules() {
    }

    /** The entry to keep, trimmed; empty when the value is blank (the entry is cleared). */
    static Optional<ReportEntries.Entry> check(ReportField field, ReportEntries.Entry entry, String figure) {
        String value = entry.value() == null ? "" : entry.value().strip();
        String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String name = "“" + field.label() + "”";
        switch (field.kind()) {
            case COUNT -> {
                if (!COUNT.matcher(value).matches()) {
                    throw new InvalidInputException(field.key(), name + "须填写不小于 0 的整数（最多 12 位）");
                }
                value = String.valueOf(Long.parseLong(value));
            }
            case DECIMAL -> {
                if (!DECIMAL.matcher(value).matches()) {
                    throw new InvalidInputException(field.key(), name + "须填写不小于 0 的数字，最多两位小数");
                }
            }
            case YES_NO -> {
                if (!value.equals("是") && !value.equals("否")) {
                    throw new InvalidInputException(field.key(), name + "只能填“是”或“否”");
                }
            }
            case TEXT -> {
                if (value.codePointCount(0, value.length()) > ReportField.TEXT_MAX) {
                    throw new InvalidInputException(field.key(), name + "不能超过 " + ReportField.TEXT_MAX + " 个字");
                }
            }
            case LONG_TEXT -> {
                if (value.codePointCount(0, value.length()) > ReportField.LONG_TEXT_MAX) {
                    throw new InvalidInputException(field.key(), name + "不能超过 " + ReportField.LONG_TEXT_MAX + " 个字");
                }
            }
        }
        if (note != null && note.codePointCount(0, note.length()) > ReportField.NOTE_MAX) {
            throw new InvalidInputException(field.key(), name + "的说明不能超过 " + ReportField.NOTE_MAX + " 个字");
        }
        if (figure != null && figure.equals(value)) {
            // The counted figure itself: no correction to keep, and a later recount shows through.
            return Optional.empty();
        }
        if (figure != null && note == null) {
            throw new InvalidInputException(field.key(), "更正“" + field.label() + "”的统计值（" + figure + "）时，请填写更正说明");
        }
        return Optional.of(new ReportEntries.Entry(value, note));
    }
}
