package cn.gov.baoji.portal.core.report;

/** Where an annual report is: being prepared, or published on the county's site. */
public enum ReportState {
    DRAFT("草稿"),
    PUBLISHED("已发布");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
