package cn.gov.baoji.portal.admin.application;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.application.ApplicationDetail;
import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationPage;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationRow;
import cn.gov.baoji.portal.core.application.ApplicationState;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/**
 * Online applications of the host's county for the handling departments and the webmaster: the
 * queue, one application, the steps, the figures. Who sees which applications is the services' rule
 * (a department's officers their department's, the webmaster all); others get 403.
 */
@Path("/api/admin/applications")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CONTRIBUTOR)
public class ApplicationAdminResource {

    private final ApplicationQueues queues;
    private final ApplicationWorkflow workflow;
    private final ApplicationFigures figures;
    private final Caller caller;

    ApplicationAdminResource(ApplicationQueues queues, ApplicationWorkflow workflow, ApplicationFigures figures,
            Caller caller) {
        this.queues = queues;
        this.workflow = workflow;
        this.figures = figures;
        this.caller = caller;
    }

    /** A step's comment: what is missing, the result, or the reason. */
    public record Step(String comment) {
    }

    @GET
    @Operation(summary = "Applications in the caller's scope, open ones soonest due first",
            description = "`state`: submitted, accepted, material, approved or refused; `open=true`: undecided ones;"
                    + " `overdue=true`: past their due date; `department`: a department code (the webmaster only)")
    public ApplicationPage<ApplicationRow> list(@QueryParam("state") String state, @QueryParam("open") Boolean open,
            @QueryParam("overdue") Boolean overdue, @QueryParam("department") String department,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ApplicationState s = state == null || state.isBlank() ? null : ApplicationState.fromKey(state.strip())
                .orElseThrow(() -> new InvalidInputException("state", "state 应为 submitted、accepted、material、approved 或 refused"));
        if (department != null && !department.isBlank() && !department.strip().matches("[a-z][a-z0-9]{0,15}")) {
            throw new InvalidInputException("department", "department 应为部门代码");
        }
        int p = page == null ? 1 : page;
        int n = size == null ? 20 : size;
        if (p < 1 || p > 10_000 || n < 1 || n > ApplicationQueues.MAX_SIZE) {
            throw new InvalidInputException("page", "page 应为 1 至 10000，size 应为 1 至 " + ApplicationQueues.MAX_SIZE);
        }
        return queues.list(caller.actor(), new ApplicationQueues.Filter(s, open, overdue, department, p, n));
    }

    @GET
    @Path("stats")
    @Operation(summary = "服务效能 per department and per item, this year and last month")
    public ApplicationFigures.Stats stats() {
        return figures.stats();
    }

    @GET
    @Path("{application}")
    @Operation(summary = "One application with the applicant's data, values, files and steps")
    public ApplicationDetail get(@PathParam("application") long application) {
        return queues.detail(caller.actor(), application);
    }

    @POST
    @Path("{application}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept (受理) a submitted application")
    public ApplicationDetail accept(@PathParam("application") long application, Step step) {
        return workflow.accept(application, caller.actor(), step == null ? null : step.comment());
    }

    @POST
    @Path("{application}/request-material")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the applicant for more material (补正), saying what is missing; the time limit stops until it comes")
    public ApplicationDetail requestMaterial(@PathParam("application") long application, Step step) {
        return workflow.requestMaterial(application, caller.actor(), step == null ? null : step.comment());
    }

    @POST
    @Path("{application}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve an accepted application, with the result the applicant reads")
    public ApplicationDetail approve(@PathParam("application") long application, Step step) {
        return workflow.approve(application, caller.actor(), step == null ? null : step.comment());
    }

    @POST
    @Path("{application}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse an open application, with the reason the applicant reads")
    public ApplicationDetail refuse(@PathParam("application") long application, Step step) {
        return workflow.refuse(application, caller.actor(), step == null ? null : step.comment());
    }
}
