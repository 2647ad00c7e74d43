package cn.gov.baoji.portal.core.service;

import java.util.List;

/**
 * A whole service catalogue as the city office sends it for a new release, and as its working copy
 * is stored: life events and items, each in display order.
 */
public record CatalogueInput(List<EventInput> events, List<ItemInput> items) {

    /** A life event as sent. */
    public record EventInput(String code, String name) {
    }

    /**
     * A service item as sent: {@code kind} one of {@link ServiceKind}'s names, {@code audiences} of
     * {@link Audience}'s, {@code events} life event codes, {@code counties} county codes (ignored when
     * {@code allCounties}).
     */
    public record ItemInput(String code, String name, String kind, String legalBasis, List<String> audiences,
            List<String> events, Boolean allCounties, List<String> counties) {
    }
}
