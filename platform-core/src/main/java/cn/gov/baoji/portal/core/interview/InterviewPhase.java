package cn.gov.baoji.portal.core.interview;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Where an announced interview stands by the clock: before its start citizens may already send
 * questions, during it answers are posted, after its end it is a transcript and questions are closed.
 */
public enum InterviewPhase {
    UPCOMING("即将开始", true), LIVE("正在访谈", true), ENDED("已结束", false);

    private final String label;
    private final boolean takesQuestions;

    InterviewPhase(String label, boolean takesQuestions) {
        this.label = label;
        this.takesQuestions = takesQuestions;
    }

    public String label() {
        return label;
    }

    public boolean takesQuestions() {
        return takesQuestions;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static InterviewPhase at(Instant now, OffsetDateTime startsAt, OffsetDateTime endsAt) {
        if (now.isBefore(startsAt.toInstant())) {
            return UPCOMING;
        }
        return now.isBefore(endsAt.toInstant()) ? LIVE : ENDED;
    }
}
