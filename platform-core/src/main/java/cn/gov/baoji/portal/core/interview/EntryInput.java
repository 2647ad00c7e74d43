package cn.gov.baoji.portal.core.interview;

/**
 * A transcript entry as a moderator posts it.
 *
 * @param speaker {@code host}, or the id of one of the interview's guests
 * @param caption what the picture shows (its alt text), when there is one
 * @param question the picked question it answers, if any
 */
public record EntryInput(String speaker, String text, String caption, Long question) {
}
