package cn.gov.baoji.portal.core.consultation;

/**
 * What the webmaster sends to create or change a consultation. Times are local (Asia/Shanghai),
 * {@code 2026-12-31T17:00}, as a date-time field posts them; {@code body} is HTML, cleaned on save.
 */
public record ConsultationInput(String title, String summary, String body, String department, String contactPhone,
        String contactEmail, String opensAt, String deadline) {
}
