package cn.gov.baoji.portal.admin.report;

import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportEntries;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/** Any county's annual report, for the city office (console host). */
@Path("/api/console/reports/{county}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleReportResource {

    private final AnnualReports reports;
    private final ReportPdf pdf;
    private final Caller caller;
    private final TenantScope scope;

    ConsoleReportResource(AnnualReports reports, ReportPdf pdf, Caller caller, TenantScope scope) {
        this.reports = reports;
        this.pdf = pdf;
        this.caller = caller;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "One county's report of one year")
    public ReportView get(@PathParam("county") String county, @PathParam("year") int year) {
        return in(county, () -> reports.get(caller.actor(), year));
    }

    @POST
    @Path("generate")
    @Operation(summary = "Counts a county's figures for the year: a new draft, or fresh figures for a draft")
    public ReportView generate(@PathParam("county") String county, @PathParam("year") int year) {
        return in(county, () -> reports.generate(caller.actor(), year));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fills in or corrects lines of a county's report")
    public ReportView update(@PathParam("county") String county, @PathParam("year") int year, ReportEntries entries) {
        return in(county, () -> reports.update(caller.actor(), year, entries));
    }

    @POST
    @Path("publish")
    @Operation(summary = "Publishes a county's report on its site")
    public ReportView publish(@PathParam("county") String county, @PathParam("year") int year,
            @QueryParam("version") Integer version) {
        return in(county, () -> reports.publish(caller.actor(), year, version));
    }

    @GET
    @Path("pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    @Operation(summary = "A county's report as PDF")
    public Response pdf(@PathParam("county") String county, @PathParam("year") int year) {
        ReportView report = in(county, () -> reports.get(caller.actor(), year));
        return ReportDownloads.pdf(pdf, report);
    }

    private <T> T in(String county, Supplier<T> work) {
        if (!TenantCode.isValid(county)) {
            throw new NotFoundException("站点不存在：" + county);
        }
        return scope.call(TenantCode.of(county), work);
    }
}
