package cn.gov.baoji.portal.web.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.search.DocType;
import cn.gov.baoji.portal.core.search.Facet;
import cn.gov.baoji.portal.core.search.SearchHit;
import cn.gov.baoji.portal.core.search.SearchResult;
import cn.gov.baoji.portal.core.search.SearchSort;
import cn.gov.baoji.portal.core.search.SiteSearch;
import cn.gov.baoji.portal.core.search.form.MarkedText;
import cn.gov.baoji.portal.core.search.form.SearchForm;
import cn.gov.baoji.portal.core.search.log.SearchLog;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.service.FilterLink;

/** What the public search page gives its template, for the page itself and for trial renders of a look. */
@ApplicationScoped
public class SearchPageData {

    /** Results per page. */
    static final int PAGE_SIZE = 10;
    private static final String PATH = "/search";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final SiteSearch search;
    private final SearchLog log;
    private final TenantContext tenant;
    private final SiteService site;
    private final PublicContent content;

    SearchPageData(SiteSearch search, SearchLog log, TenantContext tenant, SiteService site, PublicContent content) {
        this.search = search;
        this.log = log;
        this.tenant = tenant;
        this.site = site;
        this.content = content;
    }

    /**
     * Runs the search and counts it for the webmaster's statistics: once per search typed, so the
     * first page without filters (paging and narrowing the same words count nothing more).
     *
     * @throws InvalidInputException when the engine refuses the words (the page shows why)
     */
    public Map<String, Object> results(SearchForm form) {
        TenantInfo county = tenant.require();
        if (form.q().isEmpty()) {
            return Map.of("search", page(form, null, null));
        }
        SearchResult result = search.search(form.query(county.code().value(), PAGE_SIZE));
        if (form.page() == 1 && !form.filtered()) {
            log.record(county.code(), form.q(), result.total());
        }
        return Map.of("search", page(form, result, null));
    }

    /** The page with the words refused (or a parameter wrong), saying why. */
    public Map<String, Object> refused(SearchForm form, String why) {
        return Map.of("search", page(form, null, why));
    }

    /** The page before anything is typed, for checking a look's templates. */
    public Map<String, Object> blank() {
        return refused(SearchForm.parse(null, null, null, null, null, null, null, null, null), null);
    }

    private SearchPage page(SearchForm form, SearchResult result, String notice) {
        boolean searched = result != null;
        List<SearchPage.Hit> hits = searched ? result.hits().stream().map(h -> hit(h, form.city())).toList() : List.of();
        long total = searched ? result.total() : 0;
        int pages = (int) Math.min(SearchForm.MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        String suggestion = searched && result.didYouMean() != null && !result.didYouMean().isBlank()
                && !result.didYouMean().equals(form.q()) ? result.didYouMean() : null;
        return new SearchPage(form.q(), form.city(), searched, notice, suggestion,
                suggestion == null ? null : form.withText(suggestion).href(PATH), total, hits,
                searched ? types(form, result.facets()) : List.of(), sorts(form),
                form.city() ? List.of() : channels(form), form.city() ? List.of() : departments(form),
                form.from() == null ? "" : form.from().toString(), form.to() == null ? "" : form.to().toString(),
                form.sort() == SearchSort.DATE,
                form.types().stream().sorted().map(t -> t.name().toLowerCase(Locale.ROOT)).toList(),
                form.q().isEmpty() ? null : (form.city() ? form.countyOnly() : form.cityWide()).href(PATH),
                form.page(), pages, form.page() > 1 ? form.withPage(form.page() - 1).href(PATH) : null,
                form.page() < pages ? form.withPage(form.page() + 1).href(PATH) : null,
                (form.city() ? form.cityWide() : form.countyOnly()).withType(null).href(PATH).replaceAll("&(from|to)=[^&]*", ""),
                form.filtered());
    }

    private static SearchPage.Hit hit(SearchHit h, boolean city) {
        return new SearchPage.Hit(city ? h.countyName() : null, h.type() == null ? "" : h.type().label(),
                new RawString(MarkedText.of(h.titleHtml(), h.title())), new RawString(MarkedText.of(h.snippetHtml(), null)), h.url(),
                h.date() == null ? null : DAY.format(h.date()), h.channelName(), h.departmentName());
    }

    private static List<FilterLink> types(SearchForm form, List<Facet> facets) {
        List<FilterLink> links = new ArrayList<>();
        long all = facets.stream().mapToLong(Facet::count).sum();
        links.add(new FilterLink("", "全部类型", all, form.withType(null).href(PATH), form.types().isEmpty()));
        for (DocType type : DocType.values()) {
            long count = facets.stream().filter(f -> f.type() == type).mapToLong(Facet::count).sum();
            links.add(new FilterLink(type.name().toLowerCase(Locale.ROOT), type.label(), count,
                    form.withType(type).href(PATH), form.types().size() == 1 && form.types().contains(type)));
        }
        return links;
    }

    private static List<FilterLink> sorts(SearchForm form) {
        return List.of(
                new FilterLink("relevance", "按相关度", 0, form.withSort(SearchSort.RELEVANCE).href(PATH),
                        form.sort() == SearchSort.RELEVANCE),
                new FilterLink("date", "按日期（新的在前）", 0, form.withSort(SearchSort.DATE).href(PATH),
                        form.sort() == SearchSort.DATE));
    }

    private List<SearchPage.Option> channels(SearchForm form) {
        return site.visibleChannels().stream()
                .map(c -> new SearchPage.Option(c.code(), c.name(), c.code().equals(form.channel()))).toList();
    }

    private List<SearchPage.Option> departments(SearchForm form) {
        return content.departments().stream()
                .map(d -> new SearchPage.Option(d.code(), d.name(), d.code().equals(form.department()))).toList();
    }
}
