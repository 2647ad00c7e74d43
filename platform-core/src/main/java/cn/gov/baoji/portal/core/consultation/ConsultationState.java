package cn.gov.baoji.portal.core.consultation;

/** Whether citizens can see a consultation: a draft only in the back office, published on the site. */
public enum ConsultationState {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    ConsultationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
