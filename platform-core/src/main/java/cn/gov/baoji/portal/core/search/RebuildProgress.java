package cn.gov.baoji.portal.core.search;

import java.time.OffsetDateTime;

/**
 * Where a rebuild of the search index stands.
 *
 * @param county the county being rebuilt, or null when every county is
 * @param current the county at work right now, or null
 * @param error why the last rebuild stopped, or null
 */
public record RebuildProgress(boolean running, String county, int countiesDone, int countiesTotal, long documents,
        String current, OffsetDateTime startedAt, OffsetDateTime finishedAt, String error) {

    static RebuildProgress idle() {
        return new RebuildProgress(false, null, 0, 0, 0, null, null, null, null);
    }
}
