package cn.gov.baoji.portal.core.guard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Anti-spam settings for anonymous submissions: {@code portal.guard.*}. */
@ConfigMapping(prefix = "portal.guard")
public interface GuardConfig {

    Altcha altcha();

    /** Submissions (messages, comments, questions) per client address. */
    Limit address();

    /** Submissions per phone number. */
    Limit phone();

    /** Anonymous actions without a challenge (lookups, survey answers) per client address. */
    Limit anonymous();

    /** Behind the city's reverse proxy: count the address it appends to X-Forwarded-For. */
    @WithDefault("false")
    boolean trustForwardedFor();

    interface Altcha {
        /** HMAC-SHA256 key signing the challenges; the same on every instance. Production: from the environment. */
        String hmacKey();

        /** Largest number a challenge hides: the work a browser does (about half of it on average). */
        @WithDefault("100000")
        int maxNumber();

        /** How long a challenge may be solved and sent. */
        @WithDefault("PT30M")
        Duration expiry();
    }

    interface Limit {
        int count();

        Duration window();
    }
}
