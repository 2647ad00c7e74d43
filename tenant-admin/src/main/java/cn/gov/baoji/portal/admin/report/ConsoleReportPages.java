package cn.gov.baoji.portal.admin.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The console's annual report pages: every county's report of a year, and any county's report to complete. */
@Path("/console/reports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleReportPages {

    private final AnnualReports reports;
    private final ReportPdf pdf;
    private final Caller caller;
    private final TenantDirectory directory;
    private final TenantScope scope;

    ConsoleReportPages(AnnualReports reports, ReportPdf pdf, Caller caller, TenantDirectory directory, TenantScope scope) {
        this.reports = reports;
        this.pdf = pdf;
        this.caller = caller;
        this.directory = directory;
        this.scope = scope;
    }

    /** One county's report of the chosen year, in the overview. */
    public record Row(String code, String siteName, String stateLabel, boolean exists, boolean published) {
    }

    public record Overview(int year, int latestYear, List<Row> rows, String error) {

        /** The year in which the chosen year's report is due (by 31 January). */
        public int deadlineYear() {
            return year + 1;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(String userName, Overview page);

        static native TemplateInstance edit(String userName, ReportForm.Page page);
    }

    @GET
    @Path("/")
    public Response overview(@QueryParam("year") String year) {
        int latest = reports.today().getYear();
        int chosen = latest - 1;
        String error = null;
        if (year != null && !year.isBlank()) {
            try {
                chosen = ReportPages.year(year);
                if (chosen < 2000 || chosen > latest) {
                    throw new InvalidInputException("year", "年份须在 2000 年至 " + latest + " 年之间");
                }
            } catch (InvalidInputException e) {
                error = e.getMessage();
                chosen = latest - 1;
            }
        }
        int shown = chosen;
        List<Row> rows = new ArrayList<>();
        for (TenantInfo county : directory.all()) {
            if (!county.isServed()) {
                continue;
            }
            rows.add(scope.call(county.code(), () -> reports.list(caller.actor()).stream().filter(s -> s.year() == shown)
                    .findFirst().map(s -> new Row(county.code().value(), county.siteName(), s.stateLabel(), true,
                            "PUBLISHED".equals(s.state())))
                    .orElse(new Row(county.code().value(), county.siteName(), "尚未生成", false, false))));
        }
        rows.sort((a, b) -> a.code().compareTo(b.code()));
        return Response.status(error == null ? 200 : 400)
                .entity(Templates.overview(caller.displayName(), new Overview(shown, latest, rows, error))).build();
    }

    @POST
    @Path("{county}/{year}/generate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response generate(@PathParam("county") String county, @PathParam("year") int year) {
        in(county, () -> reports.generate(caller.actor(), year));
        return Response.seeOther(URI.create(base(county, year) + "?done=generated")).build();
    }

    @GET
    @Path("{county}/{year}")
    public TemplateInstance edit(@PathParam("county") String county, @PathParam("year") int year,
            @QueryParam("done") String done) {
        ReportView report = in(county, () -> reports.get(caller.actor(), year));
        return Templates.edit(caller.displayName(), ReportForm.page(report, base(county, year), base(county, year) + "/pdf",
                "/console/reports?year=" + year, null, null, ReportPages.doneText(done), null));
    }

    @POST
    @Path("{county}/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("county") String county, @PathParam("year") int year, MultivaluedMap<String, String> form) {
        String action = form.getFirst("action");
        try {
            in(county, () -> {
                reports.update(caller.actor(), year, ReportForm.entries(form));
                return null;
            });
            if ("regenerate".equals(action)) {
                in(county, () -> reports.generate(caller.actor(), year));
            } else if ("publish".equals(action)) {
                in(county, () -> reports.publish(caller.actor(), year, null));
            }
            String done = "regenerate".equals(action) ? "generated" : "publish".equals(action) ? "published" : "saved";
            return Response.seeOther(URI.create(base(county, year) + "?done=" + done)).build();
        } catch (PortalException e) {
            ReportView report = in(county, () -> reports.get(caller.actor(), year));
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return Response.status(e.status()).entity(Templates.edit(caller.displayName(), ReportForm.page(report,
                    base(county, year), base(county, year) + "/pdf", "/console/reports?year=" + year, e.getMessage(), field,
                    null, report.published() ? null : form))).build();
        }
    }

    @GET
    @Path("{county}/{year}/pdf")
    @Produces("application/pdf")
    public Response download(@PathParam("county") String county, @PathParam("year") int year) {
        return ReportDownloads.pdf(pdf, in(county, () -> reports.get(caller.actor(), year)));
    }

    private static String base(String county, int year) {
        return "/console/reports/" + county + "/" + year;
    }

    private <T> T in(String county, Supplier<T> work) {
        if (!TenantCode.isValid(county)) {
            throw new NotFoundException("站点不存在：" + county);
        }
        return scope.call(TenantCode.of(county), work);
    }
}
