package cn.gov.baoji.portal.web.consultation;

import java.util.List;

/**
 * One published consultation, as its page and {@code GET /api/v1/consultations/{id}} show it: the
 * draft text (HTML cleaned by the allow-list sanitizer when saved), its files, the window, who
 * asks and how to reach them (the department's public office contacts), and the feedback once
 * published.
 */
public record ConsultationDetail(
        long id,
        String title,
        String summary,
        String body,
        String url,
        String department,
        String departmentCode,
        String contactPhone,
        String contactEmail,
        String opensAt,
        String deadline,
        String publishedAt,
        /** {@code upcoming}, {@code open} or {@code ended}. */
        String status,
        String statusLabel,
        boolean open,
        boolean ended,
        List<File> attachments,
        /** Null until the feedback is published. */
        Feedback feedback) {

    /** A downloadable file of the consultation. */
    public record File(long id, String fileName, String contentType, long sizeBytes, String size, String url) {
    }

    /**
     * The published feedback: opinions received in all, published after moderation, and the
     * published ones adopted, partly adopted and not adopted; the summary in paragraphs.
     */
    public record Feedback(String text, List<String> paragraphs, long received, long published, long adopted, long partly,
            long notAdopted, String publishedAt) {
    }
}
