package cn.gov.baoji.portal.core.message;

/**
 * What a citizen sends (the public API's body and the form's fields).
 *
 * @param kind {@code consult}, {@code suggest}, {@code complain}, {@code report} or {@code help}
 * @param department a department code, or {@code leader} for the leader's mailbox
 * @param publish whether the citizen allows publication
 */
public record MessageInput(String kind, String department, String title, String content, String name, String phone,
        String email, Boolean publish) {
}
