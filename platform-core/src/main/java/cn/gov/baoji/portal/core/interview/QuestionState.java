package cn.gov.baoji.portal.core.interview;

/** A citizen's question: waiting for the moderators, picked (shown on the page) or rejected (never shown). */
public enum QuestionState {
    PENDING("待处理"), PICKED("已选用"), REJECTED("未选用");

    private final String label;

    QuestionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
