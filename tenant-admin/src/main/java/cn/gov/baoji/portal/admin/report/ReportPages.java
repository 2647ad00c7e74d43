package cn.gov.baoji.portal.admin.report;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The back office's annual report pages: the county's reports, generating, filling in, publishing, PDF. */
@Path("/admin/reports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class ReportPages {

    private final AnnualReports reports;
    private final ReportPdf pdf;
    private final Caller caller;
    private final TenantContext tenant;

    ReportPages(AnnualReports reports, ReportPdf pdf, Caller caller, TenantContext tenant) {
        this.reports = reports;
        this.pdf = pdf;
        this.caller = caller;
        this.tenant = tenant;
    }

    /** The list page: the county's reports and the year to generate next. */
    public record ListPage(List<AnnualReports.Summary> reports, int suggestedYear, int latestYear, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, ListPage page);

        static native TemplateInstance edit(TenantInfo site, String userName, ReportForm.Page page);
    }

    @GET
    @Path("/")
    public TemplateInstance list() {
        return Templates.list(tenant.require(), caller.displayName(), listPage(null));
    }

    private ListPage listPage(String error) {
        int thisYear = reports.today().getYear();
        return new ListPage(reports.list(caller.actor()), thisYear - 1, thisYear, error);
    }

    @POST
    @Path("generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(@RestForm String year) {
        try {
            int chosen = ReportPages.year(year);
            reports.generate(caller.actor(), chosen);
            return Response.seeOther(URI.create("/admin/reports/" + chosen + "?done=generated")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.list(tenant.require(), caller.displayName(),
                    listPage(e.getMessage()))).build();
        }
    }

    @GET
    @Path("{year}")
    public TemplateInstance edit(@PathParam("year") int year, @QueryParam("done") String done) {
        ReportView report = reports.get(caller.actor(), year);
        return Templates.edit(tenant.require(), caller.displayName(), ReportForm.page(report, "/admin/reports/" + year,
                "/admin/reports/" + year + "/pdf", "/admin/reports/", null, null, doneText(done), null));
    }

    /** Saves the entries, then regenerates or publishes when that button was pressed (POST-redirect-GET). */
    @POST
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("year") int year, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        try {
            reports.update(caller.actor(), year, ReportForm.entries(form));
            if ("regenerate".equals(action)) {
                reports.generate(caller.actor(), year);
            } else if ("publish".equals(action)) {
                reports.publish(caller.actor(), year, null);
            }
            String done = "regenerate".equals(action) ? "generated" : "publish".equals(action) ? "published" : "saved";
            return Response.seeOther(URI.create("/admin/reports/" + year + "?done=" + done)).build();
        } catch (PortalException e) {
            ReportView report = reports.get(caller.actor(), year);
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(),
                    ReportForm.page(report, "/admin/reports/" + year, "/admin/reports/" + year + "/pdf", "/admin/reports/",
                            e.getMessage(), field, null, report.published() ? null : form))).build();
        }
    }

    @GET
    @Path("{year}/pdf")
    @Produces("application/pdf")
    public Response download(@PathParam("year") int year) {
        return ReportDownloads.pdf(pdf, reports.get(caller.actor(), year));
    }

    static int year(String typed) {
        if (typed == null || !typed.strip().matches("\\d{4}")) {
            throw new InvalidInputException("year", "请填写四位数的年份，例如 2025");
        }
        return Integer.parseInt(typed.strip());
    }

    static String doneText(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "generated" -> "已根据平台记录生成统计数据。请核对自动统计的数字，填写平台无法统计的内容后发布。";
            case "saved" -> "已保存。";
            case "published" -> "已发布，公众可在网站“政府网站工作年度报表”页面查看。";
            default -> null;
        };
    }
}
