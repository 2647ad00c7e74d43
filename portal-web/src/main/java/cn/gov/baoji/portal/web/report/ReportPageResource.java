package cn.gov.baoji.portal.web.report;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.site.SitePages;

/** The county's published annual website work reports (政府网站工作年度报表), for everyone. */
@Path("/reports")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ReportPageResource {

    private final AnnualReports reports;
    private final ReportPdf pdf;
    private final PublishedReportPdfs files;
    private final SitePages pages;
    private final TenantContext tenant;

    ReportPageResource(AnnualReports reports, ReportPdf pdf, PublishedReportPdfs files, SitePages pages, TenantContext tenant) {
        this.reports = reports;
        this.pdf = pdf;
        this.files = files;
        this.pages = pages;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "Page: the county's published annual reports, newest first")
    public String list() {
        return pages.render("reports", Map.of("reports", ReportPublicPages.index(tenant.require().siteName(), reports.published())));
    }

    @GET
    @Path("{year}")
    @Operation(summary = "Page: one published annual report")
    public String report(@PathParam("year") int year) {
        return pages.render("report", Map.of("report", ReportPublicPages.document(published(year))));
    }

    @GET
    @Path("{year}/pdf")
    @Produces({ "application/pdf", MediaType.TEXT_HTML + ";charset=UTF-8" })
    @Operation(summary = "One published annual report as PDF")
    public Response download(@PathParam("year") int year) {
        ReportView report = published(year);
        return Response.ok(files.of(report), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName(report) + "\"").build();
    }

    private ReportView published(int year) {
        return reports.published(year).orElseThrow(() -> new NotFoundException(year + " 年度报表尚未发布。"));
    }
}
