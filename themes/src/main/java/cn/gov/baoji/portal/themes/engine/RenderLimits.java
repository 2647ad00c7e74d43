package cn.gov.baoji.portal.themes.engine;

import java.time.Duration;

/**
 * Bounds on one page render. A page of ours needs a few thousand units, well under a megabyte and a
 * few milliseconds; the bounds only stop templates that would loop, recurse or print without end.
 *
 * @param timeout processor time one render may spend (see {@link RenderBudget}; at most ten times it on the wall)
 * @param maxOutputChars characters one page may have
 * @param maxWorkUnits template nodes one render may evaluate (loop bodies, includes, property reads)
 * @param maxIncludeDepth how deep includes may nest
 */
public record RenderLimits(Duration timeout, int maxOutputChars, int maxWorkUnits, int maxIncludeDepth) {

    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofMillis(500), 2_000_000, 200_000, 12);

    public RenderLimits {
        if (timeout.isNegative() || timeout.isZero() || maxOutputChars < 1 || maxWorkUnits < 1 || maxIncludeDepth < 1) {
            throw new IllegalArgumentException("Render limits must be positive");
        }
    }
}
