package cn.gov.baoji.portal.core.search;

import java.util.List;

/**
 * A page of results.
 *
 * @param didYouMean a corrected query worth suggesting, or null
 */
public record SearchResult(List<SearchHit> hits, long total, List<Facet> facets, String didYouMean, int page,
        int size) {
}
