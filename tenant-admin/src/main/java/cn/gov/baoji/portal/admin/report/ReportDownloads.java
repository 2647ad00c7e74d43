package cn.gov.baoji.portal.admin.report;

import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;

/** The PDF of a report as a download. */
public final class ReportDownloads {

    private ReportDownloads() {
    }

    public static Response pdf(ReportPdf pdf, ReportView report) {
        byte[] bytes = pdf.render(report);
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName(report) + "\"")
                .header("Cache-Control", report.published() ? "public, max-age=300" : "no-store").build();
    }
}
