package cn.gov.baoji.portal.core.search;

import java.time.LocalDate;

/**
 * One result.
 *
 * @param titleHtml the title HTML-escaped, query words wrapped in {@code <mark>…</mark>}, nothing else
 * @param snippetHtml a passage of the text, escaped and marked the same way
 * @param url absolute, on the county's own domain
 */
public record SearchHit(String tenantCode, String countyName, DocType type, String title, String titleHtml,
        String snippetHtml, String url, LocalDate date, String channelName, String departmentName) {
}
