package cn.gov.baoji.portal.core.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Site search of one county and the city-wide search (全市搜索).
 * Refused queries (empty, longer than 100 characters, ...) throw
 * {@link cn.gov.baoji.portal.core.error.InvalidInputException} on field {@code q} with a Chinese message.
 */
@ApplicationScoped
public class SiteSearch {

    public SearchResult search(SearchQuery q) {
        // First implementation of the contract: the engine comes next.
        return new SearchResult(List.of(), 0, List.of(), null, Math.max(1, q.page()), q.size());
    }
}
