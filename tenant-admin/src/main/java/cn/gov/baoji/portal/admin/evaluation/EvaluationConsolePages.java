package cn.gov.baoji.portal.admin.evaluation;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
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
import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.EvaluationWeights;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.evaluation.Indicator;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** 绩效评估 in the city console: every county ranked, a county's departments, the weights. */
@Path("/console/evaluation")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class EvaluationConsolePages {

    private final Evaluations evaluations;
    private final EvaluationWeights weights;
    private final Caller caller;

    EvaluationConsolePages(Evaluations evaluations, EvaluationWeights weights, Caller caller) {
        this.evaluations = evaluations;
        this.weights = weights;
        this.caller = caller;
    }

    /** The weights form: every indicator's weight as typed, and a message. */
    public record WeightsPage(List<WeightField> fields, List<EvaluationWeights.Change> history, String error,
            boolean saved) {
    }

    public record WeightField(String key, String label, String definition, String value) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String userName, Dashboard dashboard);

        static native TemplateInstance weights(String userName, WeightsPage page);
    }

    @GET
    @Path("/")
    public TemplateInstance city(@BeanParam PeriodQuery query) {
        return Templates.dashboard(caller.displayName(), cityDashboard(query.period(evaluations)));
    }

    @GET
    @Path("export")
    @Produces({ "text/csv;charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    public Response cityExport(@BeanParam PeriodQuery query, @QueryParam("table") String table,
            @QueryParam("format") String format) {
        EvaluationPeriod period = query.period(evaluations);
        return EvaluationExports.download(cityDashboard(period).tables(), table, format, "各区县", period);
    }

    @GET
    @Path("weights")
    public TemplateInstance weights(@QueryParam("saved") boolean saved) {
        Map<Indicator, BigDecimal> current = weights.current();
        return Templates.weights(caller.displayName(), page(current.entrySet().stream().collect(LinkedHashMap::new,
                (m, e) -> m.put(e.getKey().key(), e.getValue().stripTrailingZeros().toPlainString()), Map::putAll), null,
                saved));
    }

    @POST
    @Path("weights")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveWeights(@RestForm String acceptance, @RestForm String replyOnTime,
            @RestForm String completionOnTime, @RestForm String satisfaction, @RestForm String views,
            @RestForm String participation) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("acceptance", acceptance);
        typed.put("replyOnTime", replyOnTime);
        typed.put("completionOnTime", completionOnTime);
        typed.put("satisfaction", satisfaction);
        typed.put("views", views);
        typed.put("participation", participation);
        try {
            weights.set(caller.actor(), typed);
            return Response.seeOther(URI.create("/console/evaluation/weights?saved=true")).build();
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(Templates.weights(caller.displayName(),
                    page(typed, e.getMessage(), false))).build();
        }
    }

    @GET
    @Path("{county}")
    public TemplateInstance county(@PathParam("county") String county, @BeanParam PeriodQuery query) {
        return Templates.dashboard(caller.displayName(), countyDashboard(county, query.period(evaluations)));
    }

    @GET
    @Path("{county}/export")
    @Produces({ "text/csv;charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    public Response countyExport(@PathParam("county") String county, @BeanParam PeriodQuery query,
            @QueryParam("table") String table, @QueryParam("format") String format) {
        EvaluationPeriod period = query.period(evaluations);
        Dashboard d = countyDashboard(county, period);
        return EvaluationExports.download(d.tables(), table, format, d.scope(), period);
    }

    private Dashboard cityDashboard(EvaluationPeriod period) {
        Evaluations.CityView view = evaluations.city(caller.actor(), period);
        String query = "?from=" + period.from() + "&to=" + period.to();
        return new Dashboard("各区县绩效评估", "/console/evaluation", "各区县", period,
                EvaluationTables.city(view, code -> "/console/evaluation/" + code + query), true,
                "点击区县名称查看该区县各部门的数据。权重由市电子政务办设定。", null,
                "/console/evaluation/weights");
    }

    private Dashboard countyDashboard(String county, EvaluationPeriod period) {
        Evaluations.CountyView view = evaluations.countyForCity(caller.actor(), county, period);
        return new Dashboard(view.report().name() + "各部门绩效评估", "/console/evaluation/" + view.report().code(),
                view.report().name(), period, EvaluationTables.county(view), true, null,
                "/console/evaluation?from=" + period.from() + "&to=" + period.to(), null);
    }

    private WeightsPage page(Map<String, String> values, String error, boolean saved) {
        List<WeightField> fields = java.util.Arrays.stream(Indicator.values()).map(i -> new WeightField(i.key(), i.label(),
                i.definition(), values.get(i.key()))).toList();
        return new WeightsPage(fields, weights.history(20), error, saved);
    }
}
