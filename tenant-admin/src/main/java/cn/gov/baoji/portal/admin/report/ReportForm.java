package cn.gov.baoji.portal.admin.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import cn.gov.baoji.portal.core.report.ReportEntries;
import cn.gov.baoji.portal.core.report.ReportField;
import cn.gov.baoji.portal.core.report.ReportView;
import cn.gov.baoji.portal.core.time.ChinaTime;
import io.quarkus.qute.TemplateData;

/**
 * The report's edit form, shared by the back office and the console: what the page shows for each
 * line, and the posted form read back as entries ({@code v.<key>} values, {@code n.<key>} notes).
 */
public final class ReportForm {

    private ReportForm() {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /**
     * What the edit page shows; {@code history} says when the figures were counted, changed and
     * published, by whom.
     */
    @TemplateData
    public record Page(String siteName, int year, String stateLabel, boolean published, int version, String history,
            String action, String pdfUrl, String listUrl, String error, String done, List<FormSection> sections) {
    }

    @TemplateData
    public record FormSection(String key, String label, List<FormLine> lines) {
    }

    /**
     * One input of the form.
     *
     * @param figure the counted figure shown beside the input, or null
     * @param input {@code number}, {@code decimal}, {@code yesno}, {@code text} or {@code textarea}
     */
    @TemplateData
    public record FormLine(String key, String label, String input, boolean automatic, String figure, String value,
            String note, boolean corrected, boolean invalid) {

        public boolean yes() {
            return "是".equals(value);
        }

        public boolean no() {
            return "否".equals(value);
        }
    }

    /** The page for a report; {@code typed} (after a refused save) replaces stored values with what was typed. */
    public static Page page(ReportView report, String action, String pdfUrl, String listUrl, String error, String errorField,
            String done, MultivaluedMap<String, String> typed) {
        List<FormSection> sections = new ArrayList<>();
        for (ReportView.Section s : report.sections()) {
            List<FormLine> lines = s.lines().stream().map(l -> {
                String value = typed != null ? typed.getFirst("v." + l.key()) : l.value();
                String note = typed != null ? typed.getFirst("n." + l.key()) : l.note();
                return new FormLine(l.key(), l.label(), input(l.kind()), l.automatic(), l.figure(), value, note, l.corrected(),
                        l.key().equals(errorField));
            }).toList();
            sections.add(new FormSection(s.key(), s.label(), lines));
        }
        String history = "统计数据生成于 " + day(report.generatedAt()) + "（" + report.generatedBy() + "），最近修改 "
                + day(report.updatedAt()) + "（" + report.updatedBy() + "）"
                + (report.publishedAt() == null ? "" : "，" + day(report.publishedAt()) + " 由 " + report.publishedBy() + " 发布");
        return new Page(report.siteName(), report.year(), report.stateLabel(), report.published(), report.version(), history,
                action, pdfUrl, listUrl, error, done, sections);
    }

    private static String day(OffsetDateTime at) {
        return at == null ? "" : DAY.format(at.atZoneSameInstant(ChinaTime.ZONE));
    }

    private static String input(String kind) {
        return switch (ReportField.Kind.valueOf(kind)) {
            case COUNT -> "number";
            case DECIMAL -> "decimal";
            case YES_NO -> "yesno";
            case TEXT -> "text";
            case LONG_TEXT -> "textarea";
        };
    }

    /** The posted form as entries; lines the form did not send are left as they are. */
    public static ReportEntries entries(MultivaluedMap<String, String> form) {
        Map<String, ReportEntries.Entry> fields = new LinkedHashMap<>();
        for (ReportField f : ReportField.values()) {
            if (form.containsKey("v." + f.key())) {
                fields.put(f.key(), new ReportEntries.Entry(form.getFirst("v." + f.key()), form.getFirst("n." + f.key())));
            }
        }
        Integer version = null;
        String v = form.getFirst("version");
        if (v != null && v.matches("\\d{1,9}")) {
            version = Integer.valueOf(v);
        }
        return new ReportEntries(version, fields);
    }
}
