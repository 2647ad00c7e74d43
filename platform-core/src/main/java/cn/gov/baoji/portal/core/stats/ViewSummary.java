package cn.gov.baoji.portal.core.stats;

import java.time.LocalDate;
import java.util.List;

/** A county's page views for a period (both ends included, China dates), as written by the last flush. */
public record ViewSummary(LocalDate from, LocalDate to, long humanViews, long botViews, List<ChannelViews> channels,
        List<ArticleViews> mostRead) {
}
