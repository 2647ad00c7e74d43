package cn.gov.baoji.portal.core.interview;

/**
 * An interview as the webmaster writes it; times in Beijing time ({@code 2026-12-01T09:30}) or with
 * an offset.
 */
public record InterviewInput(String title, String intro, String startsAt, String endsAt) {
}
