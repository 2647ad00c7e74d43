package cn.gov.baoji.portal.themes;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds on rendering one page, for shipped templates and county overrides alike. */
@ConfigMapping(prefix = "portal.themes.render")
public interface RenderConfig {

    /** Wall-clock time one page render may take before it is stopped. */
    @WithDefault("500ms")
    Duration timeout();

    /** Characters one rendered page may have. */
    @WithDefault("2000000")
    int maxOutputChars();

    /** Template nodes one render may evaluate (loop iterations weigh their body). */
    @WithDefault("200000")
    int maxWorkUnits();

    /** How deep includes may nest. */
    @WithDefault("12")
    int maxIncludeDepth();
}
