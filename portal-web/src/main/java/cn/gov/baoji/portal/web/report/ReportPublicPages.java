package cn.gov.baoji.portal.web.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** What the public annual report pages give their templates (registered in PublicPageData). */
public final class ReportPublicPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReportPublicPages() {
    }

    /** The list of published reports. */
    public record ReportIndex(List<IndexItem> items) {
    }

    public record IndexItem(int year, String title, String publishedOn, String url, String pdfUrl) {
    }

    /** One published report. */
    public record ReportDocument(int year, String title, String publishedOn, String pdfUrl, List<DocumentSection> sections) {
    }

    public record DocumentSection(String key, String label, List<DocumentRow> rows) {
    }

    public record DocumentRow(String label, String value) {
    }

    static ReportIndex index(String siteName, List<AnnualReports.Summary> published) {
        return new ReportIndex(published.stream().map(s -> new IndexItem(s.year(), title(siteName, s.year()), day(s.publishedAt()),
                "/reports/" + s.year(), "/reports/" + s.year() + "/pdf")).toList());
    }

    static ReportDocument document(ReportView report) {
        return new ReportDocument(report.year(), title(report.siteName(), report.year()), day(report.publishedAt()),
                "/reports/" + report.year() + "/pdf", report.sections().stream()
                        .map(s -> new DocumentSection(s.key().toLowerCase(), s.label(), s.lines().stream()
                                .map(l -> new DocumentRow(l.label(), l.value() == null || l.value().isBlank() ? "—" : l.value()))
                                .toList()))
                        .toList());
    }

    static String title(String siteName, int year) {
        return siteName + year + "年度政府网站工作年度报表";
    }

    private static String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(ChinaTime.ZONE));
    }
}
