package cn.gov.baoji.portal.web.interview;

import java.util.List;

/**
 * One item of the transcript as the page renders it (the live script builds the same markup from
 * {@link LiveEventJson}): a picked question or a host's or guest's words.
 *
 * @param role {@code citizen}, {@code host} or {@code guest}
 * @param paragraphs the text, one entry per paragraph
 * @param picture the picture's address, or null
 * @param time the time of day it was said; {@code datetime} the same in ISO 8601
 * @param replyTo the asker of the question it answers, or null
 */
public record TimelineItem(long seq, String kind, String role, String speaker, String position, List<String> paragraphs,
        String picture, String pictureAlt, String caption, String time, String datetime, String replyTo,
        String replyText) {
}
