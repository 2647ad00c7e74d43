package cn.gov.baoji.portal.admin.search;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.search.RebuildProgress;
import cn.gov.baoji.portal.core.search.SearchIndexer;
import cn.gov.baoji.portal.core.search.SearchRequests;
import cn.gov.baoji.portal.core.search.SearchResult;
import cn.gov.baoji.portal.core.search.SiteSearch;
import cn.gov.baoji.portal.core.search.Synonym;
import cn.gov.baoji.portal.core.search.Synonyms;
import cn.gov.baoji.portal.core.security.Role;

/** The city's side of site search as JSON: the city-wide search, the synonym list, and rebuilding the index. */
@Path("/api/console/search")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleSearchResource {

    private final SiteSearch search;
    private final Synonyms synonyms;
    private final SearchIndexer indexer;
    private final Caller caller;

    ConsoleSearchResource(SiteSearch search, Synonyms synonyms, SearchIndexer indexer, Caller caller) {
        this.search = search;
        this.synonyms = synonyms;
        this.indexer = indexer;
        this.caller = caller;
    }

    /** A synonym to add: {@code oneWay} true makes {@code term} a misspelling corrected to {@code alternative}. */
    public record SynonymRequest(String term, String alternative, Boolean oneWay) {
    }

    @GET
    @Operation(summary = "Searches every county (全市搜索), with the parameters of /api/v1/search except scope")
    public SearchResult cityWide(@QueryParam("q") String q, @QueryParam("type") String type,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return search.search(SearchRequests.parse(q, type, null, null, from, to, sort, page, size, "city", null));
    }

    @GET
    @Path("synonyms")
    @Operation(summary = "The synonym list: two-way synonyms and one-way corrections")
    public List<Synonym> synonyms() {
        return synonyms.all();
    }

    @POST
    @Path("synonyms")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Adds a synonym (oneWay false, e.g. 医保 = 医疗保险) or a correction (oneWay true, e.g. 渭宾 → 渭滨)")
    @APIResponse(responseCode = "409", description = "The pair is already listed")
    public Synonym addSynonym(SynonymRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return synonyms.add(request.term(), request.alternative(), Boolean.TRUE.equals(request.oneWay()),
                caller.displayName());
    }

    @DELETE
    @Path("synonyms/{synonym}")
    @Operation(summary = "Removes a synonym")
    @APIResponse(responseCode = "404", description = "No such synonym")
    public void removeSynonym(@PathParam("synonym") String synonym) {
        long id;
        try {
            id = Long.parseLong(synonym);
        } catch (NumberFormatException e) {
            throw new NotFoundException("同义词不存在");
        }
        synonyms.remove(id);
    }

    @POST
    @Path("rebuild")
    @ResponseStatus(202)
    @Operation(summary = "Starts rebuilding the index of one county (?county=code) or of all; search keeps answering meanwhile")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public RebuildProgress rebuild(@QueryParam("county") String county) {
        return indexer.rebuild(county == null || county.isBlank() ? null : county.strip());
    }

    @GET
    @Path("rebuild")
    @Operation(summary = "How far the current (or last) rebuild got")
    public RebuildProgress progress() {
        return indexer.progress();
    }
}
