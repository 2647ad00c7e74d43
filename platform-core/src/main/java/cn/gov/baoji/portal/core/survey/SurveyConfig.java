package cn.gov.baoji.portal.core.survey;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the "answer once" rule of surveys is applied. */
@ConfigMapping(prefix = "portal.survey")
public interface SurveyConfig {

    /**
     * How long a client address that answered a survey may not answer it again (from any browser).
     * {@code PT0S} switches the address rule off, leaving the browser rule alone.
     */
    @WithDefault("PT24H")
    Duration addressWindow();

    /**
     * The server's secret for the one-way keys of client addresses (HMAC-SHA256): without it, the
     * stored keys cannot be turned back into addresses by trying all of them. At least 32 characters;
     * the same on every instance. Production: {@code PORTAL_SURVEY_ADDRESS_SECRET}.
     */
    String addressSecret();
}
