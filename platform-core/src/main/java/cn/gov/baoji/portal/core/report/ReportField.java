package cn.gov.baoji.portal.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of the annual report form. {@code automatic} lines are counted from the platform's own
 * records when the report is generated (a person may correct them, with a note); the others are
 * filled in by a person.
 */
public enum ReportField {
    SITE_NAME("siteName", ReportSection.HEADER, "网站名称", Kind.TEXT, true),
    HOME_URL("homeUrl", ReportSection.HEADER, "首页网址", Kind.TEXT, true),
    ORGANIZER("organizer", ReportSection.HEADER, "主办单位", Kind.TEXT, true),
    SITE_TYPE("siteType", ReportSection.HEADER, "网站类型", Kind.TEXT, true),
    SITE_IDENTIFIER("siteIdentifier", ReportSection.HEADER, "政府网站标识码", Kind.TEXT, true),
    ICP_NUMBER("icpNumber", ReportSection.HEADER, "ICP备案号", Kind.TEXT, true),
    POLICE_RECORD_NUMBER("policeRecordNumber", ReportSection.HEADER, "公安机关备案号", Kind.TEXT, true),
    UNIQUE_VISITORS("uniqueVisitors", ReportSection.HEADER, "独立用户访问总量（个）", Kind.COUNT, false),
    TOTAL_VISITS("totalVisits", ReportSection.HEADER, "网站总访问量（次）", Kind.COUNT, true),

    ARTICLES_TOTAL("articlesTotal", ReportSection.INFORMATION, "信息发布总数（条）", Kind.COUNT, true),
    OVERVIEW_ARTICLES("overviewArticles", ReportSection.INFORMATION, "其中：概况类信息更新量（条）", Kind.COUNT, false),
    NEWS_ARTICLES("newsArticles", ReportSection.INFORMATION, "其中：政务动态信息更新量（条）", Kind.COUNT, true),
    DISCLOSURE_ARTICLES("disclosureArticles", ReportSection.INFORMATION, "其中：信息公开目录信息更新量（条）", Kind.COUNT, true),

    COLUMNS_MAINTAINED("columnsMaintained", ReportSection.COLUMNS, "维护数量（个）", Kind.COUNT, true),
    COLUMNS_OPENED("columnsOpened", ReportSection.COLUMNS, "新开设数量（个）", Kind.COUNT, true),

    INTERPRETATIONS("interpretations", ReportSection.INTERPRETATION, "解读信息发布总数（条）", Kind.COUNT, true),
    INTERPRETATION_MATERIALS("interpretationMaterials", ReportSection.INTERPRETATION, "其中：解读材料数量（条）", Kind.COUNT, true),
    INTERPRETATION_PRODUCTS("interpretationProducts", ReportSection.INTERPRETATION, "其中：解读产品数量（个）", Kind.COUNT, false),
    MEDIA_COMMENTARIES("mediaCommentaries", ReportSection.INTERPRETATION, "其中：媒体评论文章数量（篇）", Kind.COUNT, false),
    HOTSPOT_RESPONSES("hotspotResponses", ReportSection.INTERPRETATION, "回应公众关注热点或重大舆情数量（次）", Kind.COUNT, false),

    SERVICE_CATALOGUE("serviceCatalogue", ReportSection.SERVICES, "是否发布服务事项目录", Kind.YES_NO, true),
    REGISTERED_USERS("registeredUsers", ReportSection.SERVICES, "注册用户数（个）", Kind.COUNT, false),
    SERVICE_ITEMS("serviceItems", ReportSection.SERVICES, "政务服务事项数量（项）", Kind.COUNT, true),
    ONLINE_SERVICE_ITEMS("onlineServiceItems", ReportSection.SERVICES, "可全程在线办理政务服务事项数量（项）", Kind.COUNT, true),
    APPLICATIONS_RECEIVED("applicationsReceived", ReportSection.SERVICES, "办件量（件）", Kind.COUNT, true),
    APPLICATIONS_COMPLETED("applicationsCompleted", ReportSection.SERVICES, "其中：办结量（件）", Kind.COUNT, true),
    NATURAL_PERSON_APPLICATIONS("naturalPersonApplications", ReportSection.SERVICES, "其中：自然人办件量（件）", Kind.COUNT, false),
    LEGAL_PERSON_APPLICATIONS("legalPersonApplications", ReportSection.SERVICES, "其中：法人办件量（件）", Kind.COUNT, false),

    UNIFIED_PLATFORM("unifiedPlatform", ReportSection.INTERACTION, "是否使用统一平台", Kind.YES_NO, true),
    MESSAGES_RECEIVED("messagesReceived", ReportSection.INTERACTION, "留言办理：收到留言数量（条）", Kind.COUNT, true),
    MESSAGES_REPLIED("messagesReplied", ReportSection.INTERACTION, "留言办理：办结留言数量（条）", Kind.COUNT, true),
    MESSAGE_AVERAGE_DAYS("messageAverageDays", ReportSection.INTERACTION, "留言办理：平均办理时间（工作日）", Kind.DECIMAL, true),
    MESSAGES_PUBLISHED("messagesPublished", ReportSection.INTERACTION, "留言办理：公开答复数量（条）", Kind.COUNT, true),
    SURVEY_ROUNDS("surveyRounds", ReportSection.INTERACTION, "征集调查：征集调查期数（期）", Kind.COUNT, true),
    OPINIONS_RECEIVED("opinionsReceived", ReportSection.INTERACTION, "征集调查：收到意见数量（条）", Kind.COUNT, true),
    RESULT_ROUNDS("resultRounds", ReportSection.INTERACTION, "征集调查：公布调查结果期数（期）", Kind.COUNT, true),
    INTERVIEWS("interviews", ReportSection.INTERACTION, "在线访谈：访谈期数（期）", Kind.COUNT, true),
    INTERVIEW_QUESTIONS("interviewQuestions", ReportSection.INTERACTION, "在线访谈：网民留言数量（条）", Kind.COUNT, true),
    INTERVIEW_ANSWERS("interviewAnswers", ReportSection.INTERACTION, "在线访谈：答复网民提问数量（条）", Kind.COUNT, true),
    SMART_QA("smartQa", ReportSection.INTERACTION, "是否提供智能问答", Kind.YES_NO, false),

    SECURITY_ASSESSMENTS("securityAssessments", ReportSection.SECURITY, "安全检测评估次数（次）", Kind.COUNT, false),
    SECURITY_PROBLEMS("securityProblems", ReportSection.SECURITY, "发现问题数量（个）", Kind.COUNT, false),
    SECURITY_FIXED("securityFixed", ReportSection.SECURITY, "问题整改数量（个）", Kind.COUNT, false),
    MONITORING("monitoring", ReportSection.SECURITY, "是否建立安全监测预警机制", Kind.YES_NO, false),
    EMERGENCY_DRILL("emergencyDrill", ReportSection.SECURITY, "是否开展应急演练", Kind.YES_NO, false),
    SECURITY_OFFICER("securityOfficer", ReportSection.SECURITY, "是否明确网站安全责任人", Kind.YES_NO, false),

    HAS_NEW_MEDIA("hasNewMedia", ReportSection.NEW_MEDIA, "是否有移动新媒体", Kind.YES_NO, false),
    WEIBO_NAME("weiboName", ReportSection.NEW_MEDIA, "微博：名称", Kind.TEXT, false),
    WEIBO_POSTS("weiboPosts", ReportSection.NEW_MEDIA, "微博：信息发布量（条）", Kind.COUNT, false),
    WEIBO_FOLLOWERS("weiboFollowers", ReportSection.NEW_MEDIA, "微博：关注量（个）", Kind.COUNT, false),
    WECHAT_NAME("wechatName", ReportSection.NEW_MEDIA, "微信：名称", Kind.TEXT, false),
    WECHAT_POSTS("wechatPosts", ReportSection.NEW_MEDIA, "微信：信息发布量（条）", Kind.COUNT, false),
    WECHAT_SUBSCRIBERS("wechatSubscribers", ReportSection.NEW_MEDIA, "微信：订阅数（个）", Kind.COUNT, false),
    OTHER_MEDIA("otherMedia", ReportSection.NEW_MEDIA, "其他", Kind.TEXT, false),

    SEARCH_AS_SERVICE("searchAsService", ReportSection.INNOVATION, "搜索即服务", Kind.YES_NO, false),
    MULTILINGUAL("multilingual", ReportSection.INNOVATION, "多语言版本", Kind.YES_NO, false),
    ACCESSIBILITY("accessibility", ReportSection.INNOVATION, "无障碍浏览", Kind.YES_NO, true),
    PERSONALISED("personalised", ReportSection.INNOVATION, "千人千网", Kind.YES_NO, false),
    INNOVATION_OTHER("innovationOther", ReportSection.INNOVATION, "其他创新做法", Kind.LONG_TEXT, false);

    /** What a line holds, which decides how its input is checked. */
    public enum Kind {
        /** A whole number of zero or more. */
        COUNT,
        /** A number of zero or more with at most two decimals. */
        DECIMAL,
        /** 是 or 否. */
        YES_NO,
        /** At most {@link ReportField#TEXT_MAX} characters. */
        TEXT,
        /** At most {@link ReportField#LONG_TEXT_MAX} characters. */
        LONG_TEXT
    }

    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 2000;
    public static final int NOTE_MAX = 200;

    private final String key;
    private final ReportSection section;
    private final String label;
    private final Kind kind;
    private final boolean automatic;

    ReportField(String key, ReportSection section, String label, Kind kind, boolean automatic) {
        this.key = key;
        this.section = section;
        this.label = label;
        this.kind = kind;
        this.automatic = automatic;
    }

    public String key() {
        return key;
    }

    public ReportSection section() {
        return section;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean automatic() {
        return automatic;
    }

    public static Optional<ReportField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    public static List<ReportField> of(ReportSection section) {
        return Arrays.stream(values()).filter(f -> f.section == section).toList();
    }
}
