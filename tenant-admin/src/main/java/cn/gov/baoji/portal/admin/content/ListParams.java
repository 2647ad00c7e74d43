package cn.gov.baoji.portal.admin.content;

import jakarta.ws.rs.QueryParam;

import cn.gov.baoji.portal.core.content.ArticleQuery;

/** The query parameters of an article list (all GET, so a list can be bookmarked and shared). */
public class ListParams {

    @QueryParam("state")
    public String state;
    @QueryParam("channel")
    public String channel;
    @QueryParam("department")
    public String department;
    /** Words of the title. */
    @QueryParam("q")
    public String q;
    /** {@code updated} (default, newest first), {@code title} or {@code state}. */
    @QueryParam("sort")
    public String sort;
    @QueryParam("page")
    public String page;
    @QueryParam("size")
    public String size;

    ArticleQuery query() {
        return ArticleQuery.parse(state, channel, department, q, sort, page, size);
    }
}
