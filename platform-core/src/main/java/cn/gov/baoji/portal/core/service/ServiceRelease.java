package cn.gov.baoji.portal.core.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** One released version of the city's service catalogue; version 0 is the empty catalogue before any release. */
public record ServiceRelease(int version, String note, String releasedBy, OffsetDateTime releasedAt,
        List<LifeEvent> events, List<ServiceItem> items) {

    public Optional<ServiceItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<LifeEvent> event(String code) {
        return events.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    /** The items {@code county} offers, in catalogue order. */
    public List<ServiceItem> offeredBy(String county) {
        return items.stream().filter(i -> i.offeredBy(county)).toList();
    }
}
