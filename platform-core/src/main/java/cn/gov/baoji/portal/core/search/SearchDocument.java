package cn.gov.baoji.portal.core.search;

import java.time.LocalDate;

/**
 * One public item as the engines index it.
 *
 * @param id unique across the city: {@code tenant:TYPE:sourceId}, see {@link #idOf}
 * @param text plain text of the body (no markup)
 * @param channelCode may be null (service guides, messages)
 * @param departmentCode may be null
 * @param url absolute, on the county's own domain
 * @param stamp changes whenever anything indexed changes; compared with PostgreSQL to find stale entries
 */
public record SearchDocument(String id, String tenantCode, DocType type, String title, String text,
        String channelCode, String channelName, String departmentCode, String departmentName, LocalDate date,
        String url, String stamp) {

    public static String idOf(String tenantCode, DocType type, Object sourceId) {
        return tenantCode + ":" + type.name() + ":" + sourceId;
    }
}
