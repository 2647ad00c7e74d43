package cn.gov.baoji.portal.core.survey;

/** Where a survey stands at a given moment. */
public enum SurveyPhase {
    DRAFT("草稿", "draft"),
    NOT_STARTED("未开始", "not-started"),
    OPEN("进行中", "open"),
    CLOSED("已结束", "closed");

    private final String label;
    private final String key;

    SurveyPhase(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }

    /** The name used in the API and in CSS classes, e.g. {@code not-started}. */
    public String key() {
        return key;
    }
}
