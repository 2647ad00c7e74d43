package cn.gov.baoji.portal.core.message;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message as the back office sees it, personal data included, with every step taken.
 *
 * @param daysLeft working days until the due date (negative: overdue by that many); null once answered
 * @param events oldest first
 * @param attachments the citizen's files, in the order sent
 */
public record MessageDetail(long id, String queryCode, String kind, String kindLabel, String addressee, String addresseeName,
        String departmentCode, String departmentName, String title, String content, String name, String phone, String email,
        boolean publishAllowed, boolean published, String state, String stateLabel, OffsetDateTime receivedAt, LocalDate dueOn,
        Integer daysLeft, boolean overdue, boolean redFlag, OffsetDateTime acceptedAt, OffsetDateTime repliedAt, String reply,
        String replyBy, String invalidReason, int version, List<Event> events, List<Attachment> attachments) {

    /** A file the citizen sent; {@code shown}: public with the published message. */
    public record Attachment(long id, String fileName, String contentType, int size, boolean shown) {
    }

    /** One step: who, when, what, why, and for routing and transfers from where to where. */
    public record Event(String step, String stepLabel, String actorName, OffsetDateTime at, String comment,
            String fromDepartmentName, String toDepartmentName) {
    }
}
