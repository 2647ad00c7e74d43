package cn.gov.baoji.portal.core.service;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A guide as the back office shows it: the city item's fields, the county's, what it still lacks,
 * and its forms. {@code state} is NONE (not written yet), DRAFT or PUBLISHED; {@code version} is
 * sent back with a change so that two editors cannot overwrite each other unseen (null: not written yet).
 */
public record GuideView(String code, String name, String kind, String kindLabel, String legalBasis,
        List<String> audiences, List<String> events, String state, String stateLabel, List<String> missing,
        String basis, String conditions, String materials, String place, String hours, String phone, String process,
        String fees, Integer timeLimitDays, String department, String departmentName, String window, boolean online,
        boolean published, OffsetDateTime publishedAt, String updatedBy, OffsetDateTime updatedAt, Integer version,
        long views, List<FormView> forms) {

    /** Whether every element is there, so the guide may be published. */
    public boolean complete() {
        return missing.isEmpty();
    }

    /** A downloadable form; {@code url} is its public address (it answers once the guide is published). */
    public record FormView(long id, String kind, String kindLabel, String title, String fileName, String contentType,
            long sizeBytes, String url) {

        static FormView of(String code, ServiceForm f) {
            return new FormView(f.getId(), f.getKind().name(), f.getKind().label(), f.getTitle(), f.getFileName(),
                    f.getContentType(), f.getSizeBytes(), "/services/" + code + "/forms/" + f.getId());
        }
    }
}
