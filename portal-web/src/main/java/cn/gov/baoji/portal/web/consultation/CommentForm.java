package cn.gov.baoji.portal.web.consultation;

/**
 * The comment form of a consultation's page: empty, or what the citizen typed with the reason it
 * was refused ({@code field} names the field), or the thanks after sending.
 */
public record CommentForm(String content, String name, String phone, String error, String field, boolean sent) {

    static final CommentForm EMPTY = new CommentForm("", "", "", "", "", false);
    static final CommentForm SENT = new CommentForm("", "", "", "", "", true);

    static CommentForm refused(CommentFields typed, String error, String field) {
        return new CommentForm(orEmpty(typed.content), orEmpty(typed.name), orEmpty(typed.phone), error,
                field == null ? "" : field, false);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
