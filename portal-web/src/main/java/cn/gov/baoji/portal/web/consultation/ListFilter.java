package cn.gov.baoji.portal.web.consultation;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The list's filter: {@code open} (still to come or taking comments), {@code ended}, or all;
 * {@code query} starts the pager's links.
 */
public record ListFilter(String status, String query) {

    static ListFilter of(String status) {
        String s = status == null ? "" : status.strip();
        if (!s.isEmpty() && !s.equals("open") && !s.equals("ended")) {
            throw new InvalidInputException("status", "status 应为 open（征集中）或 ended（已结束）");
        }
        return new ListFilter(s, s.isEmpty() ? "" : "status=" + s + "&");
    }

    /** null for all, else whether ended ones are asked for. */
    Boolean ended() {
        return status.isEmpty() ? null : status.equals("ended");
    }
}
