package cn.gov.baoji.portal.core.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search as a citizen (or the console) asks it.
 *
 * @param text what was typed: words and "quoted phrases"; anything else is literal text
 * @param tenantCode COUNTY: the county searched; CITY: the county asking, may be null in the console
 * @param types empty means every type
 * @param channel a channel code, or null
 * @param department a department code, or null
 * @param from first day, or null
 * @param to last day (inclusive), or null
 * @param page 1-based
 */
public record SearchQuery(String text, SearchScope scope, String tenantCode, Set<DocType> types, String channel,
        String department, LocalDate from, LocalDate to, SearchSort sort, int page, int size) {

    public SearchQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        scope = scope == null ? SearchScope.COUNTY : scope;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }
}
