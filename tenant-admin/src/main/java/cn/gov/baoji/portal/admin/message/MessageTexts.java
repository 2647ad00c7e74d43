package cn.gov.baoji.portal.admin.message;

import java.time.LocalDate;

import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageRow;
import io.quarkus.qute.TemplateExtension;

/** How the back office words a message's deadline, in lists and on the message page. */
@TemplateExtension
public class MessageTexts {

    private static final String[] WEEKDAYS = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

    private MessageTexts() {
    }

    static String deadlineText(MessageRow row) {
        return deadline(row.daysLeft(), row.overdue());
    }

    static String deadlineText(MessageDetail message) {
        return deadline(message.daysLeft(), message.overdue());
    }

    /** A due date as people read it: 2026年12月7日（星期一）. */
    static String withWeekday(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日（"
                + WEEKDAYS[day.getDayOfWeek().getValue() - 1] + "）";
    }

    /**
     * @param daysLeft working days to the due date, negative when overdue, null once answered
     */
    static String deadline(Integer daysLeft, boolean overdue) {
        if (daysLeft == null) {
            return "已办结";
        }
        if (overdue) {
            // Due on Friday, looked at on Saturday: past the date, no working day lost yet.
            return daysLeft < 0 ? "已逾期 " + (-daysLeft) + " 个工作日" : "已超过答复期限";
        }
        return daysLeft == 0 ? "今天到期" : "剩余 " + daysLeft + " 个工作日";
    }
}
