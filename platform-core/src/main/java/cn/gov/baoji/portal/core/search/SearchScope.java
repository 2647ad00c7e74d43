package cn.gov.baoji.portal.core.search;

/** One county's site, or every county of the city (全市搜索). */
public enum SearchScope {
    COUNTY, CITY
}
