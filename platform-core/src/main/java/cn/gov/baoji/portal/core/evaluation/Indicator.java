package cn.gov.baoji.portal.core.evaluation;

import java.util.Optional;

/**
 * What the ranking weighs. Rates are shares of what was received (or submitted) in the period, from
 * 0 to 1; counts are counts. A unit without anything to measure (no message received, say) scores 0
 * on that indicator. Page views are known per county only, so departments are ranked without them.
 */
public enum Indicator {
    /** 稿件录用率: articles first submitted in the period that are published by now, of those submitted. */
    ACCEPTANCE("acceptance", "稿件录用率", "录用篇数 ÷ 报送篇数", true),
    /** 按时答复率: messages received in the period answered by their due date, of those received. */
    REPLY_ON_TIME("replyOnTime", "按时答复率", "按时答复条数 ÷ 收到留言条数", true),
    /** 按时办结率: applications received in the period decided in time, of those received. */
    COMPLETION_ON_TIME("completionOnTime", "按时办结率", "按时办结件数 ÷ 收到申请件数", true),
    /** 满意度: ratings 满意 or better, of the applications rated. */
    SATISFACTION("satisfaction", "满意度", "“满意”及以上评价数 ÷ 评价总数", true),
    /** 浏览量: page views by people (known bots left out) in the period. */
    VIEWS("views", "浏览量", "期间公众浏览页面次数（不含已知爬虫）", false),
    /** 参与人次: survey answers and consultation comments sent in the period. */
    PARTICIPATION("participation", "参与人次", "调查答卷份数 + 意见征集留言条数", true);

    private final String key;
    private final String label;
    private final String definition;
    private final boolean perDepartment;

    Indicator(String key, String label, String definition, boolean perDepartment) {
        this.key = key;
        this.label = label;
        this.definition = definition;
        this.perDepartment = perDepartment;
    }

    /** The name in the API and the weights table, e.g. {@code replyOnTime}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** How it is computed, in words. */
    public String definition() {
        return definition;
    }

    /** Whether departments are measured on it (page views are known per county only). */
    public boolean perDepartment() {
        return perDepartment;
    }

    /** Whether the value is a share (shown in percent) rather than a count. */
    public boolean isRate() {
        return this != VIEWS && this != PARTICIPATION;
    }

    public static Optional<Indicator> fromKey(String key) {
        for (Indicator i : values()) {
            if (i.key.equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
