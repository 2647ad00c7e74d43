package cn.gov.baoji.portal.web.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The application's clock in tests: the system clock, moved forward on demand, so a test of
 * something due later moves time instead of waiting for it. Tests that move it put it back.
 */
@Singleton
public class TestClock extends Clock {

    private final Clock system = Clock.systemDefaultZone();
    private volatile Duration ahead = Duration.ZERO;

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    /**
     * Moves to just after the start of the next fixed window of this length (counted from the
     * epoch, as the rate limits count), so a test that fills a window cannot straddle two.
     */
    public void advanceToFreshWindow(Duration window) {
        long seconds = window.toSeconds();
        long now = instant().getEpochSecond();
        advance(Duration.ofSeconds(seconds - Math.floorMod(now, seconds) + 1));
    }

    public void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), ahead);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(ahead);
    }
}
