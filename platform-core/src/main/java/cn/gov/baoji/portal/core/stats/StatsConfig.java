package cn.gov.baoji.portal.core.stats;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 栏目点击 settings: {@code portal.stats.*}. */
@ConfigMapping(prefix = "portal.stats")
public interface StatsConfig {

    /** Count public page views at all (off: nothing is counted, for measuring what counting costs). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How often every instance writes the counts it holds; also the most a crash can lose. The
     * scheduler reads the same property ({@code ${portal.stats.flush-interval}}).
     */
    @WithDefault("10s")
    Duration flushInterval();
}
