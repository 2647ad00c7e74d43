package cn.gov.baoji.portal.core.report;

import java.time.LocalDate;

/**
 * Last year's report is not published yet: what the back-office home and the console show from
 * 1 January until it is.
 *
 * @param status 尚未生成 or 草稿
 * @param daysLeft days until the deadline (0 on 31 January); negative once it has passed
 */
public record ReportReminder(String county, String siteName, int year, String status, LocalDate deadline, long daysLeft) {

    public boolean overdue() {
        return daysLeft < 0;
    }

    /** The sentence shown to people. */
    public String text() {
        String what = siteName + year + "年度政府网站工作年度报表" + status;
        return overdue() ? what + "，已超过 " + deadline.getMonthValue() + " 月 " + deadline.getDayOfMonth() + " 日的发布期限，请尽快发布。"
                : what + "，须在 " + deadline.getYear() + " 年 " + deadline.getMonthValue() + " 月 " + deadline.getDayOfMonth()
                        + " 日前在网站公开（还有 " + daysLeft + " 天）。";
    }
}
