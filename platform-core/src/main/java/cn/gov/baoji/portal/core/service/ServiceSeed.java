package cn.gov.baoji.portal.core.service;

import java.util.List;

/**
 * The content of {@code seed/services.json}: the first catalogue release, and demonstration guides
 * that demo counties publish ({county} in a text becomes the county's name).
 */
record ServiceSeed(String comment, CatalogueInput catalogue, List<GuideSeed> guides) {

    /** A demonstration guide of one item, with its responsible department's code. */
    record GuideSeed(String item, String conditions, String materials, String place, String hours, String phone,
            String process, String fees, Integer timeLimitDays, String department, String window, Boolean online) {
    }
}
