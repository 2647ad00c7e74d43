package cn.gov.baoji.portal.core.search;

/** What a search result is: 文章, 政府信息公开, 办事指南, 留言. */
public enum DocType {
    ARTICLE("文章"), DISCLOSURE("政府信息公开"), SERVICE("办事指南"), MESSAGE("留言");

    private final String label;

    DocType(String label) {
        this.label = label;
    }

    /** The Chinese name citizens see. */
    public String label() {
        return label;
    }
}
