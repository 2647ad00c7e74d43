package cn.gov.baoji.portal.core.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An annual report as people see it: each line with the counted figure, what a person entered and
 * the value that counts ({@code value}: the entry where there is one, else the figure).
 */
public record ReportView(String county, String siteName, int year, String state, String stateLabel, int version,
        OffsetDateTime generatedAt, String generatedBy, OffsetDateTime updatedAt, String updatedBy,
        OffsetDateTime publishedAt, String publishedBy, List<Section> sections) {

    /** One of the official sections and its lines. */
    public record Section(String key, String label, List<Line> lines) {
    }

    /**
     * One line.
     *
     * @param figure the counted value; null for lines a person fills in, or when nothing could be counted
     * @param entry what a person entered (a correction, for an automatic line); null when none
     * @param value the value that counts; null when there is none yet
     */
    public record Line(String key, String label, String kind, boolean automatic, String figure, String entry, String note,
            String value, boolean corrected) {
    }

    public boolean published() {
        return ReportState.PUBLISHED.name().equals(state);
    }

    /** The value that counts on one line, or null. */
    public String value(ReportField field) {
        return sections.stream().flatMap(s -> s.lines().stream()).filter(l -> l.key().equals(field.key())).findFirst()
                .map(Line::value).orElse(null);
    }
}
