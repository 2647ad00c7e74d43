package cn.gov.baoji.portal.admin.inspection;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.security.Role;

/** Every county's self-inspection as JSON, for the city office. */
@Path("/api/console/inspection")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleInspectionResource {

    private final CityInspection city;
    private final Caller caller;

    ConsoleInspectionResource(CityInspection city, Caller caller) {
        this.city = city;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Each county's open findings and single-veto risks, with its last run")
    public List<CityInspection.CountyLine> counties(@Context UriInfo uri) {
        return city.lines(uri.getRequestUri().getPort());
    }

    @POST
    @Path("runs")
    @Operation(summary = "Starts inspecting every county in the background (202); 409 while such a run is going")
    public Response runAll() {
        if (!city.runAll(caller.displayName())) {
            throw new ConflictException("各区县的自查正在进行中，请稍后再试。");
        }
        return Response.accepted().build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One county's open findings, single-veto risks first")
    public Overview county(@PathParam("code") String code) {
        return city.overview(code);
    }

    @GET
    @Path("{code}/history")
    @Operation(summary = "One county's findings, open and resolved: when each appeared and went")
    public List<FindingView> history(@PathParam("code") String code) {
        return city.history(code);
    }

    @POST
    @Path("{code}/runs")
    @Operation(summary = "Starts inspecting one county in the background (202) and answers the run under way: a new"
            + " one, or the one already going. Its result becomes the county's lastRun")
    @APIResponse(responseCode = "202", description = "The run waiting or under way (county, triggeredBy, startedAt)",
            content = @Content(schema = @Schema(implementation = CountyRuns.Running.class)))
    public Response run(@PathParam("code") String code) {
        return Response.accepted(city.run(code, caller.displayName())).build();
    }
}
