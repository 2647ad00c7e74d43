package cn.gov.baoji.portal.core.report;

import java.util.Map;

/**
 * What a person sends to change a report: the version they saw, and entries by line key. An entry
 * with a blank value clears that line's entry (an automatic line then shows its figure again).
 */
public record ReportEntries(Integer version, Map<String, Entry> fields) {

    /** A value and, for a correction of a counted figure, why. */
    public record Entry(String value, String note) {
    }
}
