package cn.gov.baoji.portal.web.service;

/**
 * The filters a list was made with, checked, for echoing into the page.
 *
 * @param query the filters as the start of a query string, for the pager's links
 */
public record ServiceFilter(String event, String eventName, String audience, String audienceName, String department,
        String departmentName, String q, String query) {
}
