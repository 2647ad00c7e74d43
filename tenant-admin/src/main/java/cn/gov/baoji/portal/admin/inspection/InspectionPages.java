package cn.gov.baoji.portal.admin.inspection;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** 网站自查 in the county back office: the open findings by rule and severity, the history, a run on demand. */
@Path("/admin/inspection")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class InspectionPages {

    private final TenantContext tenant;
    private final Caller caller;
    private final InspectionReport report;
    private final CountyRuns runs;

    InspectionPages(TenantContext tenant, Caller caller, InspectionReport report, CountyRuns runs) {
        this.tenant = tenant;
        this.caller = caller;
        this.report = report;
        this.runs = runs;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, Overview overview, String rule,
                boolean ran, CountyRuns.Running running);

        static native TemplateInstance history(TenantInfo site, String userName, List<FindingView> findings);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("rule") String rule, @QueryParam("ran") boolean ran) {
        TenantInfo site = tenant.require();
        return Templates.list(site, caller.displayName(), report.overview(rule), rule, ran,
                runs.running(site.code()).orElse(null));
    }

    @GET
    @Path("history")
    public TemplateInstance history() {
        return Templates.history(tenant.require(), caller.displayName(), report.history());
    }

    /** Starts inspecting this county in the background, unless a run is going (POST-redirect-GET). */
    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run() {
        runs.start(tenant.require().code(), caller.displayName());
        return Response.seeOther(URI.create("/admin/inspection/?ran=true")).build();
    }
}
