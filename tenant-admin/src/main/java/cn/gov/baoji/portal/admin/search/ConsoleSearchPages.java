package cn.gov.baoji.portal.admin.search;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.search.SearchResult;
import cn.gov.baoji.portal.core.search.SiteSearch;
import cn.gov.baoji.portal.core.search.form.SearchForm;
import cn.gov.baoji.portal.core.search.log.SearchStats;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The city console's search pages: 全市搜索 over every county, and every county's hot and failed searches. */
@Path("/console/search")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleSearchPages {

    /** Results per page. */
    static final int PAGE_SIZE = 20;

    private final SiteSearch search;
    private final SearchStats stats;
    private final TenantDirectory directory;
    private final Caller caller;

    ConsoleSearchPages(SiteSearch search, SearchStats stats, TenantDirectory directory, Caller caller) {
        this.search = search;
        this.stats = stats;
        this.directory = directory;
        this.caller = caller;
    }

    /** The search form's parameters as sent. */
    public static class Params {
        @RestQuery
        public String q;
        @RestQuery
        public List<String> type;
        @RestQuery
        public String from;
        @RestQuery
        public String to;
        @RestQuery
        public String sort;
        @RestQuery
        public String page;
    }

    /** The statistics page: the week, the county chosen (or all), and the counties to choose from. */
    public record StatsView(String county, List<TenantInfo> counties, SearchStats.CityStats stats) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String userName, CitySearchView view);

        static native TemplateInstance stats(String userName, StatsView view);
    }

    @GET
    public Response search(@jakarta.ws.rs.BeanParam Params p) {
        SearchForm form;
        try {
            form = SearchForm.parse(p.q, p.type, null, null, p.from, p.to, p.sort, p.page, "city");
        } catch (InvalidInputException e) {
            String words = p.q == null ? "" : p.q.length() > 200 ? p.q.substring(0, 200) : p.q;
            return page(400, CitySearchView.of(SearchForm.parse(words, null, null, null, null, null, null, null, "city"),
                    null, e.getMessage(), PAGE_SIZE));
        }
        if (form.q().isEmpty()) {
            return page(200, CitySearchView.of(form, null, null, PAGE_SIZE));
        }
        try {
            SearchResult result = search.search(form.query(null, PAGE_SIZE));
            return page(200, CitySearchView.of(form, result, null, PAGE_SIZE));
        } catch (InvalidInputException e) {
            return page(400, CitySearchView.of(form, null, e.getMessage(), PAGE_SIZE));
        }
    }

    @GET
    @Path("stats")
    public TemplateInstance stats(@QueryParam("week") String week, @QueryParam("county") String county) {
        String chosen = county == null || county.isBlank() ? "" : county.strip();
        // The same counties as the figures: none still being provisioned.
        List<TenantInfo> counties = directory.all().stream().filter(t -> t.status() != TenantStatus.PROVISIONING)
                .sorted(java.util.Comparator.comparing(t -> t.code().value())).toList();
        return Templates.stats(caller.displayName(), new StatsView(chosen, counties,
                stats.city(stats.parse(week), chosen)));
    }

    private Response page(int status, CitySearchView view) {
        return Response.status(status).entity(Templates.search(caller.displayName(), view)).build();
    }
}
