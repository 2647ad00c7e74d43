package cn.gov.baoji.portal.core.content;

/** Where an article is in the publishing workflow (信息报送、分级审核发布). */
public enum ArticleState {
    DRAFT("草稿"),
    PENDING("待审核"),
    RETURNED("已退回"),
    APPROVED("审核通过"),
    SCHEDULED("定时发布"),
    PUBLISHED("已发布"),
    WITHDRAWN("已撤回");

    private final String label;

    ArticleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
