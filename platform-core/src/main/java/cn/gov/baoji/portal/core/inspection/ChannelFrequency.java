package cn.gov.baoji.portal.core.inspection;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.inspection.InspectedCounty.ChannelFacts;

/**
 * How often a channel must be updated: its own setting (栏目管理, update_every_days, which the
 * webmaster edits), else a default by its kind as its code or name shows it: news and dynamics every
 * two weeks, notices, policy documents and interpretations every six months. Other channels have no
 * frequency and are not checked for it.
 */
final class ChannelFrequency {

    private static final Pattern NEWS = Pattern.compile("新闻|动态|要闻|资讯|工作|xw|dt|news", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOTICE = Pattern.compile("通知|公告|政策|文件|解读|规划|tzgg|zc|notice|polic",
            Pattern.CASE_INSENSITIVE);

    private ChannelFrequency() {
    }

    /** Days, and whether they are the default (not the channel's own setting). */
    record Frequency(int days, boolean byDefault) {

        String label() {
            return (byDefault ? "默认" : "") + "每 " + days + " 天更新";
        }
    }

    static Optional<Frequency> of(ChannelFacts channel, InspectionConfig config) {
        if (channel.ownUpdateEveryDays() != null && channel.ownUpdateEveryDays() > 0) {
            return Optional.of(new Frequency(channel.ownUpdateEveryDays(), false));
        }
        String text = channel.code() + " " + channel.name();
        if (NOTICE.matcher(channel.name()).find()) {
            return Optional.of(new Frequency(config.noticeDays(), true));
        }
        if (NEWS.matcher(text).find()) {
            return Optional.of(new Frequency(config.newsDays(), true));
        }
        if (NOTICE.matcher(text).find()) {
            return Optional.of(new Frequency(config.noticeDays(), true));
        }
        return Optional.empty();
    }
}
