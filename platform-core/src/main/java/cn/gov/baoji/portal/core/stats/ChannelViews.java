package cn.gov.baoji.portal.core.stats;

/**
 * Human page views of one channel in a period: its list pages, its articles and the feature pages
 * under it (e.g. messages under 互动交流).
 *
 * @param code the channel code, or {@code _home} / {@code _other}
 * @param name the channel's name now; 首页 / 其他页面 for the pseudo channels; the code when the channel is gone
 */
public record ChannelViews(String code, String name, long views) {
}
