package cn.gov.baoji.portal.core.stats;

/**
 * Human page views of one article in a period.
 *
 * @param channelCode the channel the article was in when viewed (the one with most views, if it moved)
 * @param channelName that channel's name now, the code when the channel is gone
 */
public record ArticleViews(long articleId, String title, String channelCode, String channelName, long views) {
}
