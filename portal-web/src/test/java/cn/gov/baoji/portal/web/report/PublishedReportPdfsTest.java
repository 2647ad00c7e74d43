package cn.gov.baoji.portal.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.report.ReportView;

class PublishedReportPdfsTest {

    private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneOffset.ofHours(8));

    private final List<String> made = new ArrayList<>();
    private final PublishedReportPdfs files = new PublishedReportPdfs(report -> {
        String name = report.county() + "-" + report.year() + "-v" + report.version();
        made.add(name);
        return name.getBytes(StandardCharsets.UTF_8);
    });

    private static ReportView report(String county, int year, int version, OffsetDateTime publishedAt) {
        return new ReportView(county, county + "人民政府", year, "PUBLISHED", "已发布", version, PUBLISHED, "webmaster", PUBLISHED,
                "webmaster", publishedAt, "webmaster", List.of());
    }

    @Test
    void aPublicationIsMadeOnceAndEachCountyGetsItsOwnFile() {
        byte[] first = files.of(report("weibin", 2026, 3, PUBLISHED));
        byte[] again = files.of(report("weibin", 2026, 3, PUBLISHED));
        byte[] other = files.of(report("taibai", 2026, 3, PUBLISHED));

        assertThat(again).isSameAs(first);
        assertThat(new String(other, StandardCharsets.UTF_8)).isEqualTo("taibai-2026-v3");
        assertThat(made).containsExactly("weibin-2026-v3", "taibai-2026-v3");
    }

    @Test
    void publishingAgainMakesANewFile() {
        files.of(report("weibin", 2026, 3, PUBLISHED));
        byte[] republished = files.of(report("weibin", 2026, 4, PUBLISHED.plusDays(2)));

        assertThat(new String(republished, StandardCharsets.UTF_8)).isEqualTo("weibin-2026-v4");
        assertThat(made).containsExactly("weibin-2026-v3", "weibin-2026-v4");
    }

    @Test
    void onlyTheLastPublicationsAreKept() {
        for (int year = 2000; year < 2000 + PublishedReportPdfs.KEPT + 1; year++) {
            files.of(report("weibin", year, 1, PUBLISHED));
        }
        files.of(report("weibin", 2000 + PublishedReportPdfs.KEPT, 1, PUBLISHED));
        files.of(report("weibin", 2000, 1, PUBLISHED));

        // The newest was still kept; the oldest had been let go and is made again.
        assertThat(made).hasSize(PublishedReportPdfs.KEPT + 2).endsWith("weibin-2000-v1");
    }
}
