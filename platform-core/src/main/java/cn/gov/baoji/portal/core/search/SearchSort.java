package cn.gov.baoji.portal.core.search;

/** Order of results: best match first, or newest first. */
public enum SearchSort {
    RELEVANCE, DATE
}
