package cn.gov.baoji.portal.core.message;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a citizen learns with their query code and phone: where their message stands, the reply
 * once approved, or why it was not accepted.
 */
public record MessageLookup(String queryCode, String kindLabel, String title, String addresseeName, String departmentName,
        String state, String stateLabel, OffsetDateTime receivedAt, LocalDate dueOn, String reply, OffsetDateTime repliedAt,
        String invalidReason, boolean published) {
}
