package cn.gov.baoji.portal.core.guard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Fixed-window counters kept in PostgreSQL, so every instance counts the same hits. A bucket is a
 * keyed hash: the addresses and phone numbers counted are never stored.
 */
@ApplicationScoped
public class RateLimits {

    private final EntityManager em;
    private final Clock clock;

    RateLimits(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Counts one hit in {@code bucket}; over {@code limit.count()} within the window it throws. Runs in the caller's transaction. */
    public void hit(String bucket, GuardConfig.Limit limit) {
        Instant now = clock.instant();
        long windowSeconds = Math.max(1, limit.window().toSeconds());
        long start = Math.floorDiv(now.getEpochSecond(), windowSeconds) * windowSeconds;
        Number hits = (Number) em.createNativeQuery("INSERT INTO platform.rate_hit (bucket, window_start, hits) VALUES (?1, ?2, 1)"
                + " ON CONFLICT (bucket, window_start) DO UPDATE SET hits = platform.rate_hit.hits + 1 RETURNING hits")
                .setParameter(1, bucket)
                .setParameter(2, OffsetDateTime.ofInstant(Instant.ofEpochSecond(start), ZoneOffset.UTC))
                .getSingleResult();
        if (hits.intValue() > limit.count()) {
            throw new RateLimitedException(Duration.ofSeconds(start + windowSeconds - now.getEpochSecond()));
        }
    }
}
