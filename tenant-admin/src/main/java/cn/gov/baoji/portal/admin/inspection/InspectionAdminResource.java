package cn.gov.baoji.portal.admin.inspection;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/** The county's self-inspection as JSON, for its webmaster (the county is the request's host). */
@Path("/api/admin/inspection")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class InspectionAdminResource {

    private final TenantContext tenant;
    private final Caller caller;
    private final InspectionReport report;
    private final CountyRuns runs;

    InspectionAdminResource(TenantContext tenant, Caller caller, InspectionReport report, CountyRuns runs) {
        this.tenant = tenant;
        this.caller = caller;
        this.report = report;
        this.runs = runs;
    }

    @GET
    @Operation(summary = "The county's open findings (single-veto risks first) with counts per rule and the last run")
    public Overview overview(@Parameter(description = "Only this rule's findings, e.g. HOME_STALE") @QueryParam("rule") String rule) {
        return report.overview(rule);
    }

    @GET
    @Path("history")
    @Operation(summary = "Every finding, open and resolved, latest change first: when each appeared and went")
    public List<FindingView> history() {
        return report.history();
    }

    @POST
    @Path("runs")
    @Operation(summary = "Starts inspecting the county in the background (202) and answers the run under way: a new"
            + " one, or the one already going (one per county at a time). Its result becomes the overview's lastRun")
    @APIResponse(responseCode = "202", description = "The run waiting or under way (county, triggeredBy, startedAt)",
            content = @Content(schema = @Schema(implementation = CountyRuns.Running.class)))
    public Response run() {
        return Response.accepted(runs.start(tenant.require().code(), caller.displayName())).build();
    }
}
