package cn.gov.baoji.portal.core.evaluation;

import java.util.List;

import cn.gov.baoji.portal.core.stats.ArticleViews;
import cn.gov.baoji.portal.core.stats.ChannelViews;

/**
 * One county's evaluation for a period: a line per department, the county's total line (null when
 * only a department's line may be seen), page views per channel and the most read articles.
 */
public record CountyReport(String code, String name, EvaluationPeriod period, List<Line> departments, Line total,
        List<ChannelViews> channels, List<ArticleViews> mostRead) {

    /** Most read articles listed per county. */
    public static final int MOST_READ = 10;
}
