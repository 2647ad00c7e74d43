package cn.gov.baoji.portal.core.evaluation;

import java.util.List;

/**
 * One county's evaluation for a period: a line per department, the county's total line, page views
 * per channel and the most read articles.
 */
public record CountyReport(String code, String name, EvaluationPeriod period, List<Line> departments, Line total,
        List<ChannelViews> channels, List<ArticleViews> mostRead) {

    /** Page views of one channel. */
    public record ChannelViews(String code, String name, long views) {
    }

    /** Page views of one article. */
    public record ArticleViews(long id, String title, String channelName, long views) {
    }
}
