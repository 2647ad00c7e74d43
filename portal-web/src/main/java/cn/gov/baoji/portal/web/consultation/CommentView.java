package cn.gov.baoji.portal.web.consultation;

/**
 * A published comment as everyone sees it: never the citizen's name or phone, the author is always
 * 网友. {@code adoption} ({@code ADOPTED}, {@code PARTLY}, {@code NOT_ADOPTED}) and the reason
 * appear once the feedback is published.
 */
public record CommentView(long id, String author, String content, String submittedAt, String adoption,
        String adoptionLabel, String reason) {
}
