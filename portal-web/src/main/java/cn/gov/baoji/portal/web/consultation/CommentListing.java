package cn.gov.baoji.portal.web.consultation;

import java.util.List;

/** A page of published comments. */
public record CommentListing(List<CommentView> items, long total, int page, int pages, boolean hasPrevious,
        boolean hasNext) {
}
