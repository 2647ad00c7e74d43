package cn.gov.baoji.portal.web.search;

import java.util.List;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.web.service.FilterLink;

/**
 * What the public search page shows (template {@code search}).
 *
 * @param searched whether a search was made (there were words, and they were not refused)
 * @param notice why the search was refused, or null
 * @param otherScopeUrl the same words on the whole city (from a county search) or on this county only
 * @param chosenTypes the type filter as request values, for the form to keep
 */
public record SearchPage(String q, boolean city, boolean searched, String notice, String suggestion,
        String suggestionUrl, long total, List<Hit> hits, List<FilterLink> types, List<FilterLink> sorts,
        List<Option> channels, List<Option> departments, String from, String to, boolean byDate,
        List<String> chosenTypes, String otherScopeUrl, int page, int pages, String previousUrl, String nextUrl,
        String clearUrl, boolean filtered) {

    /**
     * One result. The two HTML parts come from the search engine: escaped text with {@code <mark>}
     * around the query's words and nothing else (checked again before they get here).
     */
    public record Hit(String countyName, String type, RawString titleHtml, RawString snippetHtml, String url, String date,
            String channelName, String departmentName) {
    }

    /** One choice of a filter's list. */
    public record Option(String value, String label, boolean selected) {
    }
}
