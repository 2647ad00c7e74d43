package cn.gov.baoji.portal.web.report;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.baoji.portal.core.report.ReportPdf;
import cn.gov.baoji.portal.core.report.ReportView;

/**
 * The PDFs of published annual reports, kept once made. The public download is anonymous and
 * making one reads the Chinese font and embeds a subset of it (hundreds of milliseconds of CPU);
 * a published report never changes (AnnualReports refuses), so each publication is made once and
 * the last {@value #KEPT} are kept (twelve counties with a couple of years each, a few hundred KB apiece).
 */
@ApplicationScoped
class PublishedReportPdfs {

    static final int KEPT = 36;

    /** One publication of one county's report for one year (under the site name it was printed with). */
    private record Publication(String county, String siteName, int year, int version, OffsetDateTime publishedAt) {
    }

    private final Function<ReportView, byte[]> render;
    private final Map<Publication, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Publication, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    @Inject
    PublishedReportPdfs(ReportPdf pdf) {
        this(pdf::render);
    }

    PublishedReportPdfs(Function<ReportView, byte[]> render) {
        this.render = render;
    }

    byte[] of(ReportView report) {
        Publication publication = new Publication(report.county(), report.siteName(), report.year(), report.version(), report.publishedAt());
        synchronized (kept) {
            byte[] file = kept.get(publication);
            if (file != null) {
                return file;
            }
        }
        // Made outside the lock: two first requests may both make it, and that is all they can cost.
        byte[] file = render.apply(report);
        synchronized (kept) {
            kept.put(publication, file);
        }
        return file;
    }
}
