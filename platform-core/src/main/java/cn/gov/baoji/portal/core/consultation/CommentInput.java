package cn.gov.baoji.portal.core.consultation;

/** A citizen's comment as sent: the text, an optional name, and a phone number for the department to call back. */
public record CommentInput(String content, String name, String phone) {
}
