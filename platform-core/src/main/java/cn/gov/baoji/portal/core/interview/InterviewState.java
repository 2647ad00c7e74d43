package cn.gov.baoji.portal.core.interview;

/** Whether citizens can see an interview: a draft only in the back office, announced on the site. */
public enum InterviewState {
    DRAFT("草稿"), ANNOUNCED("已发布");

    private final String label;

    InterviewState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
