package cn.gov.baoji.portal.web.site;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Reads page and size query parameters, answering 400 with a clear message instead of JAX-RS' 404. */
public final class Paging {

    private Paging() {
    }

    public static int number(String value, String field, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 1 || n > max) {
                throw new InvalidInputException(field, field + " 应为 1 至 " + max + " 之间的整数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " 应为整数");
        }
    }
}
