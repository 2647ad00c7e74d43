package cn.gov.baoji.portal.web.interview;

/**
 * One item of an interview's timeline in the API and the live stream. All plain text: clients
 * insert it as text, never as markup.
 *
 * @param seq the event number (the stream's event id; send it back as {@code Last-Event-ID})
 * @param kind {@code question} (a citizen's question the moderators picked) or {@code entry}
 * @param role {@code citizen}, {@code host} or {@code guest}
 * @param picture the address of the entry's picture on this site, or null
 * @param caption what the picture shows, or null
 * @param at when it was asked or said (ISO 8601, Beijing time)
 * @param time the same as the page shows it
 * @param replyTo the asker of the picked question an entry answers, or null
 * @param replyText that question, or null
 */
public record LiveEventJson(long seq, String kind, String role, String speaker, String position, String text,
        String picture, String caption, String at, String time, String replyTo, String replyText) {
}
