package cn.gov.baoji.portal.web.service;

import java.util.List;

/** A page of service items. */
public record ServiceListing(List<ServiceCard> items, long total, int page, int size, int pages, boolean hasPrevious,
        boolean hasNext) {
}
