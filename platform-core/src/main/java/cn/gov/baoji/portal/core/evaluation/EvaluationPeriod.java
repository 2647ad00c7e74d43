package cn.gov.baoji.portal.core.evaluation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The days an evaluation covers, both ends included (Beijing dates), and how it is named on screen. */
public record EvaluationPeriod(LocalDate from, LocalDate to, String label) {

    /** The longest period one request may cover. */
    static final int MAX_YEARS = 5;

    /** The choices offered beside the date fields. */
    public enum Preset {
        THIS_MONTH("this-month", "本月"), LAST_MONTH("last-month", "上月"), THIS_YEAR("this-year", "今年"),
        LAST_YEAR("last-year", "去年");

        private final String key;
        private final String label;

        Preset(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The period a request asks for: a preset, else the two dates (yyyy-MM-dd), else this month so far.
     *
     * @param today the Beijing date, from the clock
     */
    public static EvaluationPeriod of(String preset, String from, String to, LocalDate today) {
        if (preset != null && !preset.isBlank()) {
            for (Preset p : Preset.values()) {
                if (p.key.equals(preset)) {
                    return of(p, today);
                }
            }
            throw new InvalidInputException("preset", "统计期间只能选择本月、上月、今年或去年");
        }
        boolean noFrom = from == null || from.isBlank();
        boolean noTo = to == null || to.isBlank();
        if (noFrom && noTo) {
            return of(Preset.THIS_MONTH, today);
        }
        LocalDate start = noFrom ? today.withDayOfMonth(1) : date("from", from, "开始日期");
        LocalDate end = noTo ? today : date("to", to, "结束日期");
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw new InvalidInputException("from", "统计期间不能超过 " + MAX_YEARS + " 年");
        }
        return new EvaluationPeriod(start, end, start + " 至 " + end);
    }

    public static EvaluationPeriod of(Preset preset, LocalDate today) {
        return switch (preset) {
            case THIS_MONTH -> new EvaluationPeriod(today.withDayOfMonth(1), today,
                    today.getYear() + "年" + today.getMonthValue() + "月");
            case LAST_MONTH -> {
                LocalDate start = today.withDayOfMonth(1).minusMonths(1);
                yield new EvaluationPeriod(start, start.plusMonths(1).minusDays(1),
                        start.getYear() + "年" + start.getMonthValue() + "月");
            }
            case THIS_YEAR -> new EvaluationPeriod(today.withDayOfYear(1), today, today.getYear() + "年");
            case LAST_YEAR -> new EvaluationPeriod(LocalDate.of(today.getYear() - 1, 1, 1),
                    LocalDate.of(today.getYear() - 1, 12, 31), (today.getYear() - 1) + "年");
        };
    }

    private static LocalDate date(String field, String value, String name) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw new InvalidInputException(field, name + "须在 2000 年至 2100 年之间");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, name + "格式应为 年-月-日，例如 2026-01-31");
        }
    }
}
