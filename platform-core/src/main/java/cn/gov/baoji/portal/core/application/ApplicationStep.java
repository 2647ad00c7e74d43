package cn.gov.baoji.portal.core.application;

/** A step in an application's handling, as its timeline shows it. */
public enum ApplicationStep {
    SUBMIT("提交申请"),
    ACCEPT("受理"),
    REQUEST_MATERIAL("要求补正材料"),
    SUPPLEMENT("补正材料"),
    APPROVE("准予办理"),
    REFUSE("不予办理"),
    RATE("评价");

    private final String label;

    ApplicationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
