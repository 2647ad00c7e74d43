package cn.gov.baoji.portal.core.interview;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the interviews' live streams, per instance. */
@ConfigMapping(prefix = "portal.interviews")
public interface InterviewConfig {

    /** Live viewers one interview may have on one instance; more get 503 and read the page instead. */
    @WithDefault("1000")
    int maxViewers();

    /** How often an idle stream gets a comment, so that proxies and browsers keep it open. */
    @WithDefault("PT15S")
    Duration keepAlive();

    /** How long one stream lasts before the server ends it; the browser reconnects and misses nothing. */
    @WithDefault("PT30M")
    Duration maxStream();
}
