package cn.gov.baoji.portal.admin.evaluation;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * 绩效评估 in a county's back office: the webmaster and county editors see the county and its
 * departments ranked; a department's account sees its own line.
 */
@Path("/admin/evaluation")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class EvaluationPages {

    private final Evaluations evaluations;
    private final Caller caller;
    private final TenantContext tenant;

    EvaluationPages(Evaluations evaluations, Caller caller, TenantContext tenant) {
        this.evaluations = evaluations;
        this.caller = caller;
        this.tenant = tenant;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(TenantInfo site, String userName, Dashboard dashboard);
    }

    @GET
    @Path("/")
    public TemplateInstance dashboard(@BeanParam PeriodQuery query) {
        return Templates.dashboard(tenant.require(), caller.displayName(), dashboard(query.period(evaluations)));
    }

    @GET
    @Path("export")
    @Produces({ "text/csv;charset=UTF-8", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    public Response export(@BeanParam PeriodQuery query, @QueryParam("table") String table,
            @QueryParam("format") String format) {
        EvaluationPeriod period = query.period(evaluations);
        Dashboard d = dashboard(period);
        return EvaluationExports.download(d.tables(), table, format, d.scope(), period);
    }

    private Dashboard dashboard(EvaluationPeriod period) {
        Evaluations.CountyView view = evaluations.county(caller.actor(), period);
        String name = view.report().name();
        if (view.department() != null) {
            String department = view.report().departments().isEmpty() ? view.department()
                    : view.report().departments().get(0).name();
            return new Dashboard(department + "绩效评估", "/admin/evaluation", department, period,
                    EvaluationTables.county(view), false, "这里只显示本部门的数据；全县汇总和部门排名由站点管理员查看。", null,
                    null);
        }
        return new Dashboard(name + "绩效评估", "/admin/evaluation", name, period, EvaluationTables.county(view),
                true, "全市排名由市电子政务办在管理控制台查看。", null, null);
    }
}
