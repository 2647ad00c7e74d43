package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;

/** What a citizen is told once their question is stored: it is waiting for the moderators. */
public record QuestionReceipt(long id, OffsetDateTime askedAt) {
}
