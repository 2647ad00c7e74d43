package cn.gov.baoji.portal.core.content;

import java.util.Locale;
import java.util.Map;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * What a back-office article list asks for, as read from its query parameters: filters (state,
 * channel and department codes, words of the title), sort and page. Unknown values are refused
 * with a Chinese reason rather than ignored, so a list never silently shows something else.
 */
public record ArticleQuery(ArticleState state, String channel, String department, String title, Sort sort, int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    /** The orders a list can have; the parameter value is the lower-case name. */
    public enum Sort {
        UPDATED("最近修改", "a.updatedAt DESC, a.id DESC"),
        TITLE("标题", "a.title ASC, a.id ASC"),
        STATE("状态", "a.state ASC, a.updatedAt DESC, a.id DESC");

        private final String label;
        private final String orderBy;

        Sort(String label, String orderBy) {
            this.label = label;
            this.orderBy = orderBy;
        }

        public String label() {
            return label;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        String orderBy() {
            return orderBy;
        }
    }

    private static final Map<String, Sort> SORTS = Map.of("updated", Sort.UPDATED, "title", Sort.TITLE, "state",
            Sort.STATE);

    public static ArticleQuery parse(String state, String channel, String department, String title, String sort,
            String page, String size) {
        return new ArticleQuery(state(state), code(channel, "channel", "栏目"), code(department, "department", "部门"),
                title(title), sort(sort), page(page),
                number(size, "size", "每页条数", 1, MAX_SIZE, DEFAULT_SIZE));
    }

    private static ArticleState state(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return ArticleState.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("state", "状态“" + shorten(value) + "”无效");
        }
    }

    private static String code(String value, String field, String label) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        if (!code.matches("[a-z0-9_-]{1,40}")) {
            throw new InvalidInputException(field, label + "代码“" + shorten(value) + "”无效");
        }
        return code;
    }

    private static String title(String value) {
        if (blank(value)) {
            return null;
        }
        String words = value.strip();
        if (words.length() > 100) {
            throw new InvalidInputException("q", "搜索词不能超过 100 个字");
        }
        return words;
    }

    private static Sort sort(String value) {
        if (blank(value)) {
            return Sort.UPDATED;
        }
        Sort sort = SORTS.get(value.strip().toLowerCase(Locale.ROOT));
        if (sort == null) {
            throw new InvalidInputException("sort", "排序方式只能是 updated（最近修改）、title（标题）或 state（状态）");
        }
        return sort;
    }

    /**
     * A list's {@code page} parameter, for every back-office list: absent means 1; anything but a whole
     * number from 1 to {@link #MAX_PAGE} is refused naming the parameter.
     */
    public static int page(String value) {
        return number(value, "page", "页码", 1, MAX_PAGE, 1);
    }

    private static int number(String value, String field, String label, int min, int max, int absent) {
        if (blank(value)) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException(field, label + "应为 " + min + " 到 " + max + " 之间的整数");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String shorten(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
