package cn.gov.baoji.portal.core.search.log;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** An ISO week (Monday to Sunday, China time), written as the HTML week input does: {@code 2026-W48}. */
public record SearchWeek(int year, int week) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The week of this day. */
    public static SearchWeek of(LocalDate day) {
        return new SearchWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static SearchWeek current(Clock clock) {
        return of(LocalDate.now(clock.withZone(ChinaTime.ZONE)));
    }

    /**
     * The week a request names, or the current one when it names none.
     *
     * @throws InvalidInputException when the text is not a week such as 2026-W48
     */
    public static SearchWeek parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return current(clock);
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidInputException("week", "周次格式应为“年份-W周数”，例如 2026-W48");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (year < 2000 || year > 2100 || week < 1
                || week > LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException("week", "没有这一周：" + text.strip());
        }
        return new SearchWeek(year, week);
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public SearchWeek previous() {
        return of(monday().minusDays(7));
    }

    public SearchWeek next() {
        return of(monday().plusDays(7));
    }

    /** As the week input and the API write it: 2026-W48. */
    public String key() {
        return String.format("%04d-W%02d", year, week);
    }

    /** As people read it: 2026 年第 48 周（11月23日至11月29日）. */
    public String label() {
        LocalDate from = monday();
        LocalDate to = sunday();
        return year + " 年第 " + week + " 周（" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日至"
                + to.getMonthValue() + "月" + to.getDayOfMonth() + "日）";
    }
}
