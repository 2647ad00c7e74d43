package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** An interview as the back office shows it: its facts, state, phase by the clock, guests and work waiting. */
public record InterviewView(long id, String title, String intro, OffsetDateTime startsAt, OffsetDateTime endsAt,
        InterviewState state, InterviewPhase phase, int version, List<GuestView> guests, long pendingQuestions,
        long lastSeq) {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A guest in the back office. */
    public record GuestView(long id, String name, String position, Long photoId) {
    }

    public String stateLabel() {
        return state.label();
    }

    public String phaseLabel() {
        return phase.label();
    }

    public boolean announced() {
        return state == InterviewState.ANNOUNCED;
    }

    /** The start as a {@code datetime-local} field shows it, in Beijing time. */
    public String startsAtInput() {
        return INPUT.format(startsAt.atZoneSameInstant(InterviewText.CHINA));
    }

    public String endsAtInput() {
        return INPUT.format(endsAt.atZoneSameInstant(InterviewText.CHINA));
    }

    /** E.g. 2026年12月01日 09:30 至 11:00 (the end's date too when it is another day). */
    public String timeLabel() {
        return InterviewTimes.span(startsAt, endsAt);
    }
}
