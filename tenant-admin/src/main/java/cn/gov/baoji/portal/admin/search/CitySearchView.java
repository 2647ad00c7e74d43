package cn.gov.baoji.portal.admin.search;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.core.search.DocType;
import cn.gov.baoji.portal.core.search.Facet;
import cn.gov.baoji.portal.core.search.SearchResult;
import cn.gov.baoji.portal.core.search.SearchSort;
import cn.gov.baoji.portal.core.search.form.MarkedText;
import cn.gov.baoji.portal.core.search.form.SearchForm;

/** The console's 全市搜索 page: the form as sent, and the results of every county. */
public record CitySearchView(String q, String from, String to, boolean byDate, List<TypeOption> types, boolean searched,
        String notice, long total, List<Row> hits, String suggestion, String suggestionUrl, int page, int pages,
        String previousUrl, String nextUrl) {

    static final String PATH = "/console/search";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One result; title and snippet are the engine's marked HTML, checked ({@link MarkedText}). */
    public record Row(String county, String type, RawString title, RawString snippet, String url, String date,
            String channel, String department) {
    }

    /** One choice of the type list, with how many results it has. */
    public record TypeOption(String value, String label, Long count, boolean selected) {
    }

    static CitySearchView of(SearchForm form, SearchResult result, String notice, int size) {
        boolean searched = result != null;
        long total = searched ? result.total() : 0;
        int pages = (int) Math.min(SearchForm.MAX_PAGE, (total + size - 1) / size);
        List<Row> rows = !searched ? List.of() : result.hits().stream().map(h -> new Row(h.countyName(),
                h.type() == null ? "" : h.type().label(), new RawString(MarkedText.of(h.titleHtml(), h.title())),
                new RawString(MarkedText.of(h.snippetHtml(), null)), h.url(), h.date() == null ? "" : DAY.format(h.date()),
                h.channelName(), h.departmentName())).toList();
        List<TypeOption> types = new ArrayList<>();
        types.add(new TypeOption("", "全部类型", searched ? total(result.facets()) : null, form.types().isEmpty()));
        for (DocType t : DocType.values()) {
            Long count = searched ? result.facets().stream().filter(f -> f.type() == t).mapToLong(Facet::count).sum() : null;
            types.add(new TypeOption(t.name().toLowerCase(Locale.ROOT), t.label(), count,
                    form.types().size() == 1 && form.types().contains(t)));
        }
        String suggestion = searched && result.didYouMean() != null && !result.didYouMean().isBlank()
                && !result.didYouMean().equals(form.q()) ? result.didYouMean() : null;
        return new CitySearchView(form.q(), form.from() == null ? "" : form.from().toString(),
                form.to() == null ? "" : form.to().toString(), form.sort() == SearchSort.DATE, types, searched, notice,
                total, rows, suggestion, suggestion == null ? null : console(form.withText(suggestion).href(PATH)),
                form.page(), pages, form.page() > 1 ? console(form.withPage(form.page() - 1).href(PATH)) : null,
                form.page() < pages ? console(form.withPage(form.page() + 1).href(PATH)) : null);
    }

    private static long total(List<Facet> facets) {
        return facets.stream().mapToLong(Facet::count).sum();
    }

    /** The console page is always city-wide: its links need no scope parameter. */
    private static String console(String href) {
        return href.replace("?scope=city&", "?");
    }
}
