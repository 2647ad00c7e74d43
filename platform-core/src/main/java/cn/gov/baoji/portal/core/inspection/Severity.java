package cn.gov.baoji.portal.core.inspection;

/** How much a finding weighs in the national inspection (国办秘函〔2019〕19号). */
public enum Severity {
    /** 单项否决: any one of these fails the whole site. */
    VETO("单项否决风险"),
    /** 扣分项: costs points of the 100. */
    DEDUCTION("扣分项"),
    /** Worth fixing; no points at stake on its own. */
    NOTICE("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
