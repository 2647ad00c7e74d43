package cn.gov.baoji.portal.core.report;

/** The parts of the annual report (政府网站工作年度报表, 国办函〔2018〕12号), in the form's order. */
public enum ReportSection {
    HEADER("基本信息"),
    INFORMATION("信息发布"),
    COLUMNS("专栏专题"),
    INTERPRETATION("解读回应"),
    SERVICES("办事服务"),
    INTERACTION("互动交流"),
    SECURITY("安全防护"),
    NEW_MEDIA("移动新媒体"),
    INNOVATION("创新发展");

    private final String label;

    ReportSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
