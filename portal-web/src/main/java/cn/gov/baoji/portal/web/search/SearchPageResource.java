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
import cn.gov.baoji.portal.core.search.form.SearchForm;
import cn.gov.baoji.portal.web.site.SitePages;

/**
 * The public search page of the request's county ({@code /search}), and the city-wide search from
 * it ({@code scope=city}). Refused words or a wrong parameter give the page again with the reason
 * (400), so the citizen can correct the search where they typed it.
 */
@Path("/search")
public class SearchPageResource {

    private final SearchPageData data;
    private final SitePages pages;

    SearchPageResource(SearchPageData data, SitePages pages) {
        this.data = data;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response search(@BeanParam SearchParams params) {
        SearchForm form;
        try {
            form = params.form();
        } catch (InvalidInputException e) {
            return page(400, data.refused(params.wordsOnly(), e.getMessage()));
        }
        try {
            return page(200, data.results(form));
        } catch (InvalidInputException e) {
            return page(400, data.refused(form, e.getMessage()));
        }
    }

    private Response page(int status, Map<String, Object> pageData) {
        // Results follow every county's publishing (the city search too): never kept by the page cache.
        return Response.status(status).entity(pages.render("search", pageData))
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }
}
