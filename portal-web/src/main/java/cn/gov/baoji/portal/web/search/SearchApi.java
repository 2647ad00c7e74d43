package cn.gov.baoji.portal.web.search;

import java.time.LocalDate;
import java.util.List;

import cn.gov.baoji.portal.core.search.Facet;
import cn.gov.baoji.portal.core.search.SearchHit;
import cn.gov.baoji.portal.core.search.SearchResult;

/** JSON of the public search API. */
public final class SearchApi {

    private SearchApi() {
    }

    /**
     * One result. {@code titleHtml} and {@code snippet} are HTML: the text escaped, query words in {@code <mark>}.
     *
     * @param county the county's code; {@code countyName} its name
     */
    public record Item(String county, String countyName, String type, String typeLabel, String title, String titleHtml,
            String snippet, String url, LocalDate date, String channel, String department) {

        static Item of(SearchHit h) {
            return new Item(h.tenantCode(), h.countyName(), h.type().name().toLowerCase(java.util.Locale.ROOT),
                    h.type().label(), h.title(), h.titleHtml(), h.snippetHtml(), h.url(), h.date(), h.channelName(),
                    h.departmentName());
        }
    }

    /** How many results of a type the query found, whatever the type filter. */
    public record TypeCount(String type, String label, long count) {

        static TypeCount of(Facet f) {
            return new TypeCount(f.type().name().toLowerCase(java.util.Locale.ROOT), f.type().label(), f.count());
        }
    }

    /** A page of results; {@code didYouMean} is a suggested query or null. */
    public record Page(List<Item> results, long total, int page, int size, List<TypeCount> facets, String didYouMean) {

        static Page of(SearchResult r) {
            return new Page(r.hits().stream().map(Item::of).toList(), r.total(), r.page(), r.size(),
                    r.facets().stream().map(TypeCount::of).toList(), r.didYouMean());
        }
    }
}
