package cn.gov.baoji.portal.web.interview;

import java.util.List;

/** A page of the public interview list (the pager template reads these names). */
public record InterviewListing(List<InterviewCard> items, long total, int page, int pages, boolean hasPrevious,
        boolean hasNext) {
}
