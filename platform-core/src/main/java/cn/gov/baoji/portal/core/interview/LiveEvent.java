package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;

/**
 * One item of an interview's public timeline, in the order citizens see them (by {@code seq}): a
 * picked question, or a transcript entry (which may answer a picked question). What the page
 * renders, the API lists and the live stream sends; all of it is plain text.
 *
 * @param seq the event's number within the interview: the live stream's event id
 * @param kind {@code question} or {@code entry}
 * @param role {@code citizen}, {@code host} or {@code guest}
 * @param speaker who speaks: 网友“昵称”, 主持人, or the guest's name
 * @param position the guest's title or post, if any
 * @param pictureId the entry's picture, if any
 * @param caption what the picture shows, if told
 * @param replyTo the asker of the picked question an entry answers, if any
 * @param replyText that question
 */
public record LiveEvent(long seq, String kind, String role, String speaker, String position, String text,
        Long pictureId, String caption, OffsetDateTime at, String replyTo, String replyText) {

    static LiveEvent of(Question q) {
        return new LiveEvent(q.pickedSeq, "question", "citizen", q.askerLabel(), null, q.content, null, null, q.askedAt,
                null, null);
    }

    static LiveEvent of(Entry e, Question answered) {
        return new LiveEvent(e.seq, "entry", e.speakerKind == SpeakerKind.HOST ? "host" : "guest", e.speakerName,
                e.speakerPosition, e.text, e.pictureId, e.pictureCaption, e.postedAt,
                answered == null ? null : answered.askerLabel(), answered == null ? null : answered.content);
    }
}
