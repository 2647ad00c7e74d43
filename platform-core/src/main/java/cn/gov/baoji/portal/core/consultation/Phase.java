package cn.gov.baoji.portal.core.consultation;

import java.time.Instant;

/** Where a published consultation stands in time: before its opening, taking comments, or ended. */
public enum Phase {
    UPCOMING("upcoming", "未开始"),
    OPEN("open", "征集中"),
    ENDED("ended", "已结束");

    private final String key;
    private final String label;

    Phase(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in the API and in links, e.g. {@code open}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    static Phase of(Instant opensAt, Instant deadline, Instant now) {
        if (now.isBefore(opensAt)) {
            return UPCOMING;
        }
        return now.isBefore(deadline) ? OPEN : ENDED;
    }
}
