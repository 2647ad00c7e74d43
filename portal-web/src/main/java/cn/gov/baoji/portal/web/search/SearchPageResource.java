package cn.gov.baoji.portal.web.search;

import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.search.SearchConfig;
import cn.gov.baoji.portal.core.search.form.SearchForm;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.SitePages;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public search page of the request's county ({@code /search}), and the city-wide search from
 * it ({@code scope=city}). Refused words or a wrong parameter give the page again with the reason
 * (400), so the citizen can correct the search where they typed it. Searches share the API's limit per
 * client address: beyond it the page says so with the words kept (429, Retry-After).
 */
@Path("/search")
public class SearchPageResource {

    private final SearchPageData data;
    private final SitePages pages;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final SearchConfig config;

    SearchPageResource(SearchPageData data, SitePages pages, SubmissionGuard guard, ClientAddress addresses,
            SearchConfig config) {
        this.data = data;
        this.pages = pages;
        this.guard = guard;
        this.addresses = addresses;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response search(@BeanParam SearchParams params, HttpServerRequest http) {
        if (params.q != null && !params.q.isBlank()) {
            // Searches of the page and of the API share one limit per address: either costs the engine the same.
            // The empty form searches nothing and stays an ordinary page.
            try {
                guard.limit(SearchApiResource.LIMIT_FORM, addresses.of(http), config.anonymous());
            } catch (RateLimitedException e) {
                return page(429, data.refused(params.wordsOnly(), e.getMessage())).header(HttpHeaders.RETRY_AFTER,
                        Math.max(1, e.retryAfter().toSeconds())).build();
            }
        }
        SearchForm form;
        try {
            form = params.form();
        } catch (InvalidInputException e) {
            return page(400, data.refused(params.wordsOnly(), e.getMessage())).build();
        }
        try {
            return page(200, data.results(form)).build();
        } catch (InvalidInputException e) {
            return page(400, data.refused(form, e.getMessage())).build();
        }
    }

    private Response.ResponseBuilder page(int status, Map<String, Object> pageData) {
        // Results follow every county's publishing (the city search too): never kept by the page cache.
        return Response.status(status).entity(pages.render("search", pageData))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").type(MediaType.TEXT_HTML + ";charset=UTF-8");
    }
}
