package cn.gov.baoji.portal.admin.search;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.search.RebuildProgress;
import cn.gov.baoji.portal.core.search.SearchIndexer;
import cn.gov.baoji.portal.core.search.Synonym;
import cn.gov.baoji.portal.core.search.Synonyms;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The city's search maintenance in the console: the synonym list every county's search uses (two-way
 * synonyms such as 医保 = 医疗保险, one-way corrections such as 渭宾 → 渭滨), and rebuilding the index of
 * one county or all, with its progress, while search keeps answering.
 */
@Path("/console/search")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleSynonymPages {

    private final Synonyms synonyms;
    private final SearchIndexer indexer;
    private final TenantDirectory directory;
    private final Caller caller;

    ConsoleSynonymPages(Synonyms synonyms, SearchIndexer indexer, TenantDirectory directory, Caller caller) {
        this.synonyms = synonyms;
        this.indexer = indexer;
        this.directory = directory;
        this.caller = caller;
    }

    /** The list, a refused form's values and reason, a notice after a change. */
    public record SynonymsView(List<Synonym> synonyms, String error, String errorField, String term, String alternative,
            boolean oneWay, String notice) {
    }

    /** The rebuild form and where the last rebuild stands. */
    public record IndexView(RebuildProgress progress, String countyName, String currentName, List<TenantInfo> counties,
            String notice, String error, int percent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance synonyms(String userName, SynonymsView view);

        static native TemplateInstance index(String userName, IndexView view);
    }

    @GET
    @Path("synonyms")
    public TemplateInstance list(@QueryParam("done") String done) {
        return Templates.synonyms(caller.displayName(), new SynonymsView(synonyms.all(), null, null, null, null, false,
                "added".equals(done) ? "已添加。各区县的搜索在半分钟内按新的同义词查找。"
                        : "removed".equals(done) ? "已删除。" : null));
    }

    @POST
    @Path("synonyms")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String term, @RestForm String alternative, @RestForm String kind) {
        boolean oneWay = "one-way".equals(kind);
        try {
            if (kind == null || !(kind.equals("one-way") || kind.equals("two-way"))) {
                throw new InvalidInputException("kind", "请选择“同义词（双向）”或“纠错（单向）”");
            }
            synonyms.add(term, alternative, oneWay, caller.displayName());
            return Response.seeOther(URI.create("/console/search/synonyms?done=added")).build();
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : "term";
            return Response.status(e.status()).entity(Templates.synonyms(caller.displayName(), new SynonymsView(
                    synonyms.all(), e.getMessage(), field, term, alternative, oneWay, null))).build();
        }
    }

    @POST
    @Path("synonyms/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id) {
        synonyms.remove(id);
        return Response.seeOther(URI.create("/console/search/synonyms?done=removed")).build();
    }

    @GET
    @Path("index")
    public TemplateInstance index(@QueryParam("done") String done) {
        return indexPage("started".equals(done) ? "已开始重建索引。重建期间搜索照常可用；重建进行时本页每两秒刷新一次进度。" : null,
                null);
    }

    private TemplateInstance indexPage(String notice, String error) {
        RebuildProgress p = indexer.progress();
        int percent = p.countiesTotal() == 0 ? 0 : (int) Math.min(100, 100L * p.countiesDone() / p.countiesTotal());
        List<TenantInfo> counties = directory.all().stream().sorted(Comparator.comparing(t -> t.code().value())).toList();
        return Templates.index(caller.displayName(), new IndexView(p, name(counties, p.county()), name(counties, p.current()),
                counties, notice, error, percent));
    }

    private static String name(List<TenantInfo> counties, String code) {
        return code == null ? null : counties.stream().filter(t -> t.code().value().equals(code)).map(TenantInfo::name)
                .findFirst().orElse(code);
    }

    @POST
    @Path("index")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rebuild(@RestForm String county) {
        try {
            indexer.rebuild(county == null || county.isBlank() ? null : county.strip());
        } catch (PortalException e) {
            // Already running, or no such county: the page says so next to the progress.
            return Response.status(e.status()).entity(indexPage(null, e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/console/search/index?done=started")).build();
    }
}
