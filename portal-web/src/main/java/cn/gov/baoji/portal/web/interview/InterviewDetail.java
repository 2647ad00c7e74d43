package cn.gov.baoji.portal.web.interview;

import java.util.List;

/**
 * An interview's public page: topic, time, phase, guests, the transcript so far, and where the
 * live events come from.
 *
 * @param phase {@code upcoming}, {@code live} or {@code ended}
 * @param takesQuestions whether the question form shows (before the end)
 * @param lastSeq the number of the last event in {@code transcript}; the live stream starts after it
 * @param emptyNote what the transcript says while it is empty
 */
public record InterviewDetail(long id, String title, List<String> intro, String time, String startsAt, String endsAt,
        String phase, String phaseLabel, boolean takesQuestions, boolean ended, List<GuestCard> guests,
        List<TimelineItem> transcript, long lastSeq, String emptyNote, String eventsUrl) {
}
