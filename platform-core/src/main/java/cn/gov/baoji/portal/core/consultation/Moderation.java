package cn.gov.baoji.portal.core.consultation;

/** A comment's moderation: shown on the site only once approved. */
public enum Moderation {
    PENDING("待审核"),
    APPROVED("已公开"),
    REJECTED("不予公开");

    private final String label;

    Moderation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
