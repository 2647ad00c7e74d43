package cn.gov.baoji.portal.core.stats;

/** One county's page view totals for the city console. */
public record CountyViews(String code, String name, long humanViews, long botViews) {
}
