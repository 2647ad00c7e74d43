package cn.gov.baoji.portal.web.service;

import java.util.List;

/**
 * A published guide, as its page shows it and {@code GET /api/v1/services/{code}} returns it: the
 * eight required elements (name, basis, conditions, materials, place, hours, phone, process), fees,
 * time limit, responsible department and window, forms, and whether online application is open
 * ({@code applyUrl} null when not). Multi-line elements come as their lines.
 */
public record ServiceGuideDetail(
        String code,
        String name,
        String kind,
        List<String> audiences,
        List<String> events,
        String basis,
        List<String> conditions,
        List<String> materials,
        String place,
        String window,
        String hours,
        String phone,
        List<String> process,
        String fees,
        Integer timeLimitDays,
        String timeLimit,
        String department,
        String departmentCode,
        boolean online,
        String applyUrl,
        long views,
        String updatedAt,
        List<FormLink> forms) {

    /** A downloadable form. */
    public record FormLink(long id, String title, String kind, String fileName, String format, String size,
            String contentType, String url) {
    }
}
