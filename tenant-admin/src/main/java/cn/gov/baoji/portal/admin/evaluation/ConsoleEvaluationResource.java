package cn.gov.baoji.portal.admin.evaluation;

import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.evaluation.EvaluationWeights;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.security.Role;

/** 绩效评估 as JSON for the city office: every county ranked, one county's departments, the weights. */
@Path("/api/console/evaluation")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleEvaluationResource {

    private final Evaluations evaluations;
    private final EvaluationWeights weights;
    private final Caller caller;

    ConsoleEvaluationResource(Evaluations evaluations, EvaluationWeights weights, Caller caller) {
        this.evaluations = evaluations;
        this.weights = weights;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every county's figures for a period (preset this-month, last-month, this-year, last-year,"
            + " or from/to as yyyy-MM-dd; default this month) and the counties' ranking")
    public EvaluationJson.City city(@BeanParam PeriodQuery query) {
        return EvaluationJson.city(evaluations.city(caller.actor(), query.period(evaluations)));
    }

    @GET
    @Path("weights")
    @Operation(summary = "The ranking weights the city set, what each indicator means, and who changed them when")
    public EvaluationJson.Weights weights() {
        return EvaluationJson.weights(weights.current(), weights.history(20));
    }

    @PUT
    @Path("weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sets every weight at once: an object of indicator key to a number from 0 to 1000, at least"
            + " one above 0, e.g. {\"acceptance\": 20, \"replyOnTime\": 25, ...}")
    public EvaluationJson.Weights setWeights(Map<String, Object> body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        weights.set(caller.actor(), body);
        return EvaluationJson.weights(weights.current(), weights.history(20));
    }

    @GET
    @Path("{county}")
    @Operation(summary = "One county's figures per department for a period, and the departments' ranking")
    public EvaluationJson.County county(@PathParam("county") String county,
            @BeanParam PeriodQuery query) {
        return EvaluationJson.county(evaluations.countyForCity(caller.actor(), county, query.period(evaluations)));
    }
}
