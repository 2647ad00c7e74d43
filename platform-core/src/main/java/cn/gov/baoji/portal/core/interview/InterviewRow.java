package cn.gov.baoji.portal.core.interview;

/** An interview in the back office's list. */
public record InterviewRow(long id, String title, String timeLabel, InterviewState state, InterviewPhase phase,
        long pendingQuestions) {

    public String stateLabel() {
        return state.label();
    }

    public String phaseLabel() {
        return phase.label();
    }
}
