package cn.gov.baoji.portal.admin.report;

import java.util.List;

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
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportEntries;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.security.Role;

/** The host county's annual website work reports (政府网站工作年度报表), for its webmaster and the city. */
@Path("/api/admin/reports")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class ReportAdminResource {

    private final AnnualReports reports;
    private final ReportPdf pdf;
    private final Caller caller;

    ReportAdminResource(AnnualReports reports, ReportPdf pdf, Caller caller) {
        this.reports = reports;
        this.pdf = pdf;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The county's annual reports, newest year first")
    public List<AnnualReports.Summary> list() {
        return reports.list(caller.actor());
    }

    @GET
    @Path("{year}")
    @Operation(summary = "One year's report: every line with its counted figure, entry and value")
    public ReportView get(@PathParam("year") int year) {
        return reports.get(caller.actor(), year);
    }

    @POST
    @Path("{year}/generate")
    @Operation(summary = "Counts the year's figures: creates the draft, or refreshes the figures of a draft (entries stay)")
    public ReportView generate(@PathParam("year") int year) {
        return reports.generate(caller.actor(), year);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fills in lines or corrects counted figures (a note is required); version is the one last read")
    public ReportView update(@PathParam("year") int year, ReportEntries entries) {
        return reports.update(caller.actor(), year, entries);
    }

    @POST
    @Path("{year}/publish")
    @Operation(summary = "Publishes the report on the county's site (only once the year is over)")
    public ReportView publish(@PathParam("year") int year, @QueryParam("version") Integer version) {
        return reports.publish(caller.actor(), year, version);
    }

    @GET
    @Path("{year}/pdf")
    @Produces({ "application/pdf", MediaType.APPLICATION_JSON })
    @Operation(summary = "The report as PDF, published or not")
    public Response pdf(@PathParam("year") int year) {
        return ReportDownloads.pdf(pdf, reports.get(caller.actor(), year));
    }
}
