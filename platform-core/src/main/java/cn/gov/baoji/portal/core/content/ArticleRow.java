package cn.gov.baoji.portal.core.content;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.gov.baoji.portal.core.time.ChinaTime;

/** One line of a back-office article list: what the table shows, read in the same query as the page. */
public record ArticleRow(long id, String title, String channel, String channelName, String department,
        String departmentName, String state, String stateLabel, Integer reviewLevel, int reviewLevels, String author,
        OffsetDateTime updatedAt) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Last change, in China's time. */
    public String updated() {
        return updatedAt.atZoneSameInstant(ChinaTime.ZONE).format(MINUTE);
    }
}
