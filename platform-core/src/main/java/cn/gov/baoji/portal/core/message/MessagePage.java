package cn.gov.baoji.portal.core.message;

import java.util.List;

/** One page of a list: {@code page} counts from 1. */
public record MessagePage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
