package cn.gov.baoji.portal.web.consultation;

/** A consultation in a list: the public list page and {@code GET /api/v1/consultations}. */
public record ConsultationSummary(
        long id,
        String title,
        String summary,
        String url,
        String department,
        String opensAt,
        String deadline,
        /** {@code upcoming}, {@code open} or {@code ended}. */
        String status,
        String statusLabel,
        boolean feedbackPublished) {
}
