package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An application in a back-office queue. */
public record ApplicationRow(long id, String trackingNumber, String serviceName, String departmentName, String applicant,
        String state, String stateLabel, OffsetDateTime receivedAt, LocalDate dueOn, Integer daysLeft, boolean overdue,
        boolean paused) {

    /** Working days past the due date, for an overdue application. */
    public Integer overdueDays() {
        return daysLeft == null ? null : -daysLeft;
    }
}
