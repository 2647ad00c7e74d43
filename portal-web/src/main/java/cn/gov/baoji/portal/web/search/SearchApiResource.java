package cn.gov.baoji.portal.web.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.search.SearchConfig;
import cn.gov.baoji.portal.core.search.SearchRequests;
import cn.gov.baoji.portal.core.search.SiteSearch;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** Site search of a county, or of the whole city (全市搜索), as JSON. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApiResource {

    static final String LIMIT_FORM = "search";

    private final SiteSearch search;
    private final TenantContext tenant;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final SearchConfig config;

    SearchApiResource(SiteSearch search, TenantContext tenant, SubmissionGuard guard, ClientAddress addresses,
            SearchConfig config) {
        this.search = search;
        this.tenant = tenant;
        this.guard = guard;
        this.addresses = addresses;
        this.config = config;
    }

    @GET
    @Operation(summary = "Searches this county's articles, disclosure items, service guides and answered messages, or every county's",
            description = "Text is words and \"quoted phrases\"; every other character is literal. Titles and snippets are "
                    + "HTML with the text escaped and query words in <mark>. Results link to each county's own domain. "
                    + "Limited per client address.")
    @APIResponse(responseCode = "200", description = "A page of results with counts per type")
    @APIResponse(responseCode = "400", description = "Refused query or malformed parameter (problem JSON naming it)")
    @APIResponse(responseCode = "429", description = "Too many searches from this address; see Retry-After")
    public SearchApi.Page search(
            @Parameter(description = "What to look for, at most 100 characters") @QueryParam("q") String q,
            @Parameter(description = "article, disclosure, service, message; comma-separated; empty: all") @QueryParam("type") String type,
            @Parameter(description = "Channel code") @QueryParam("channel") String channel,
            @Parameter(description = "Department code") @QueryParam("department") String department,
            @Parameter(description = "First day, 2024-01-31") @QueryParam("from") String from,
            @Parameter(description = "Last day, 2024-12-31") @QueryParam("to") String to,
            @Parameter(description = "relevance (default) or date") @QueryParam("sort") String sort,
            @Parameter(description = "1 to 50") @QueryParam("page") String page,
            @Parameter(description = "1 to 50, default 10") @QueryParam("size") String size,
            @Parameter(description = "county (default) or city") @QueryParam("scope") String scope,
            HttpServerRequest http) {
        String county = tenant.require().code().value();
        guard.limit(LIMIT_FORM, addresses.of(http), config.anonymous());
        return SearchApi.Page.of(search.search(
                SearchRequests.parse(q, type, channel, department, from, to, sort, page, size, scope, county)));
    }
}
