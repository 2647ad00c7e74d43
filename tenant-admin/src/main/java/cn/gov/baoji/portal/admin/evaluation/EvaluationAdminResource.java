package cn.gov.baoji.portal.admin.evaluation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.security.Role;

/** 绩效评估 of the county of the request's host, as JSON, as far as the caller may see it. */
@Path("/api/admin/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CONTRIBUTOR)
public class EvaluationAdminResource {

    private final Evaluations evaluations;
    private final Caller caller;

    EvaluationAdminResource(Evaluations evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The county's figures per department for a period (preset or from/to; default this month) and"
            + " the departments' ranking; a department's account gets its own line only, without total and ranking")
    public EvaluationJson.County county(@BeanParam PeriodQuery query) {
        return EvaluationJson.county(evaluations.county(caller.actor(), query.period(evaluations)));
    }
}
