package cn.gov.baoji.portal.web.consultation;

import java.util.List;

/** A page of consultations. */
public record ConsultationListing(List<ConsultationSummary> items, long total, int page, int pages, boolean hasPrevious,
        boolean hasNext) {
}
