package cn.gov.baoji.portal.core.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Turns the parameters of a search URL ({@code ?q=&type=&channel=&department=&from=&to=&sort=&page=&size=&scope=})
 * into a {@link SearchQuery}, refusing malformed ones with a Chinese message naming the parameter. Shared by
 * the public API and the search pages.
 */
public final class SearchRequests {

    public static final int DEFAULT_SIZE = 10;

    private SearchRequests() {
    }

    /**
     * @param type comma-separated: article, disclosure, service, message; blank means all
     * @param tenantCode the county of the request (null in the console)
     */
    public static SearchQuery parse(String q, String type, String channel, String department, String from, String to,
            String sort, String page, String size, String scope, String tenantCode) {
        SearchScope chosenScope = enumOf(SearchScope.class, scope, tenantCode == null ? SearchScope.CITY : SearchScope.COUNTY,
                "scope", "搜索范围只能是 county（本站）或 city（全市）");
        return new SearchQuery(q, chosenScope, tenantCode, types(type), blankToNull(channel), blankToNull(department),
                date("from", from), date("to", to),
                enumOf(SearchSort.class, sort, SearchSort.RELEVANCE, "sort", "排序只能是 relevance（相关度）或 date（日期）"),
                number("page", page, 1, "页码"), number("size", size, DEFAULT_SIZE, "每页条数"));
    }

    private static Set<DocType> types(String value) {
        Set<DocType> types = EnumSet.noneOf(DocType.class);
        if (value == null || value.isBlank()) {
            return types;
        }
        for (String part : value.split(",", 5)) {
            if (!part.isBlank()) {
                types.add(enumOf(DocType.class, part, null, "type", "类型只能是 article、disclosure、service、message"));
            }
        }
        return types;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, E fallback, String field, String message) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw new InvalidInputException(field, message);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期格式应为 年-月-日，例如 2024-01-31");
        }
    }

    private static int number(String field, String value, int fallback, String what) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, what + "须为整数");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
