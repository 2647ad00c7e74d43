package cn.gov.baoji.portal.core.search.form;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.search.DocType;
import cn.gov.baoji.portal.core.search.SearchQuery;
import cn.gov.baoji.portal.core.search.SearchScope;
import cn.gov.baoji.portal.core.search.SearchSort;

/**
 * A search page's query parameters, checked ({@code q, type, channel, department, from, to, sort, page, scope}),
 * for asking {@code SiteSearch} and for writing the links of the page (filters, sort, pages, the
 * city-wide search) with the other parameters kept. Empty parameters mean "no filter".
 */
public record SearchForm(String q, Set<DocType> types, String channel, String department, LocalDate from,
        LocalDate to, SearchSort sort, int page, SearchScope scope) {

    /** Most pages a search may page through. */
    public static final int MAX_PAGE = cn.gov.baoji.portal.core.search.SiteSearch.MAX_PAGE;

    public SearchForm {
        q = q == null ? "" : q.strip();
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(types);
        channel = blankToNull(channel);
        department = blankToNull(department);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        scope = scope == null ? SearchScope.COUNTY : scope;
    }

    /**
     * @throws InvalidInputException naming the parameter, in Chinese, for an unknown type, sort or
     *         scope, a date that is not yyyy-MM-dd, a range that ends before it starts, a bad page
     */
    public static SearchForm parse(String q, List<String> type, String channel, String department, String from,
            String to, String sort, String page, String scope) {
        Set<DocType> types = EnumSet.noneOf(DocType.class);
        if (type != null) {
            for (String t : type) {
                if (t == null || t.isBlank()) {
                    continue;
                }
                try {
                    types.add(DocType.valueOf(t.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("type", "类型应为 article（文章）、disclosure（政府信息公开）、service（办事指南）或 message（留言）");
                }
            }
        }
        LocalDate fromDay = day(from, "from", "开始日期");
        LocalDate toDay = day(to, "to", "结束日期");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期");
        }
        return new SearchForm(q, types, code(channel, "channel", "栏目"), code(department, "department", "部门"), fromDay,
                toDay, choice(sort, SearchSort.class, "sort", "排序方式应为 relevance（相关度）或 date（日期）"),
                pageNumber(page), choice(scope, SearchScope.class, "scope", "范围应为 county（本站）或 city（全市）"));
    }

    /** Whether anything narrows the results besides the words. */
    public boolean filtered() {
        return !types.isEmpty() || channel != null || department != null || from != null || to != null;
    }

    public boolean city() {
        return scope == SearchScope.CITY;
    }

    /** The question for {@code SiteSearch}; the city-wide search has no county filters (codes differ per county). */
    public SearchQuery query(String tenantCode, int size) {
        return city() ? new SearchQuery(q, scope, tenantCode, types, null, null, from, to, sort, page, size)
                : new SearchQuery(q, scope, tenantCode, types, channel, department, from, to, sort, page, size);
    }

    public SearchForm withPage(int p) {
        return new SearchForm(q, types, channel, department, from, to, sort, p, scope);
    }

    /** One type only, or every type (null); back to the first page. */
    public SearchForm withType(DocType type) {
        return new SearchForm(q, type == null ? Set.of() : Set.of(type), channel, department, from, to, sort, 1, scope);
    }

    public SearchForm withSort(SearchSort s) {
        return new SearchForm(q, types, channel, department, from, to, s, 1, scope);
    }

    public SearchForm withText(String text) {
        return new SearchForm(text, types, channel, department, from, to, sort, 1, scope);
    }

    /** The same words across every county: county filters dropped. */
    public SearchForm cityWide() {
        return new SearchForm(q, types, null, null, from, to, sort, 1, SearchScope.CITY);
    }

    /** The same words on this county only. */
    public SearchForm countyOnly() {
        return new SearchForm(q, types, null, null, from, to, sort, 1, SearchScope.COUNTY);
    }

    /** This search as a link on {@code path}, defaults left out. */
    public String href(String path) {
        StringJoiner p = new StringJoiner("&");
        if (city()) {
            p.add("scope=city");
        }
        p.add("q=" + enc(q));
        types.stream().sorted().forEach(t -> p.add("type=" + t.name().toLowerCase(Locale.ROOT)));
        if (channel != null) {
            p.add("channel=" + enc(channel));
        }
        if (department != null) {
            p.add("department=" + enc(department));
        }
        if (from != null) {
            p.add("from=" + from);
        }
        if (to != null) {
            p.add("to=" + to);
        }
        if (sort == SearchSort.DATE) {
            p.add("sort=date");
        }
        if (page > 1) {
            p.add("page=" + page);
        }
        return path + "?" + p;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String code(String value, String field, String name) {
        String v = blankToNull(value);
        if (v != null && !v.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new InvalidInputException(field, name + "代码不正确");
        }
        return v;
    }

    private static LocalDate day(String value, String field, String name) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1949 || d.getYear() > 2100) {
                throw new InvalidInputException(field, name + "超出范围");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, name + "格式应为 年-月-日，例如 2026-01-31");
        }
    }

    private static <E extends Enum<E>> E choice(String value, Class<E> type, String field, String message) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, message);
        }
    }

    private static int pageNumber(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 1 || n > MAX_PAGE) {
                throw new InvalidInputException("page", "页码应为 1 至 " + MAX_PAGE + " 之间的整数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "页码应为整数");
        }
    }
}
