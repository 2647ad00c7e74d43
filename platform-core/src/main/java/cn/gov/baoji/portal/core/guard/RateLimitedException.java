package cn.gov.baoji.portal.core.guard;

import java.time.Duration;

import cn.gov.baoji.portal.core.error.PortalException;

/** Too many anonymous submissions, lookups or searches from one address or phone within the window; the message fits all of them. */
public class RateLimitedException extends PortalException {

    private final Duration retryAfter;

    public RateLimitedException(Duration retryAfter) {
        super("rate-limited", "操作过于频繁，请" + minutes(retryAfter) + "后再试。");
        this.retryAfter = retryAfter;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes >= 120 ? (minutes + 59) / 60 + " 小时" : minutes + " 分钟";
    }

    /** Seconds until the window ends, for the Retry-After header. */
    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }
}
