package cn.gov.baoji.portal.admin.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.search.log.SearchStats;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** 搜索统计 of the county back office: what citizens searched for this week, and what found nothing. */
@Path("/admin/search")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class SearchStatsPages {

    private final TenantContext tenant;
    private final Caller caller;
    private final SearchStats stats;

    SearchStatsPages(TenantContext tenant, Caller caller, SearchStats stats) {
        this.tenant = tenant;
        this.caller = caller;
        this.stats = stats;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(TenantInfo site, String userName, SearchStats.WeekStats stats);
    }

    @GET
    @Path("stats")
    public TemplateInstance stats(@QueryParam("week") String week) {
        return Templates.stats(tenant.require(), caller.displayName(), stats.week(stats.parse(week)));
    }
}
