package cn.gov.baoji.portal.core.message;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A message in a back-office list (no personal data: lists are shown on shared screens).
 *
 * @param daysLeft working days until the due date (negative: overdue by that many); null once answered
 */
public record MessageRow(long id, String kind, String kindLabel, String title, String addresseeName, String departmentCode,
        String departmentName, String state, String stateLabel, OffsetDateTime receivedAt, LocalDate dueOn, Integer daysLeft,
        boolean overdue, boolean redFlag) {
}
