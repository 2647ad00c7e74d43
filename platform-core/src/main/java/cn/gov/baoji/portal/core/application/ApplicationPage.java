package cn.gov.baoji.portal.core.application;

import java.util.List;

/** One page of a list. */
public record ApplicationPage<T>(List<T> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
