package cn.gov.baoji.portal.core.content;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The clock scheduled publication goes by; a test supplies its own to move time instead of waiting. */
class ContentClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock systemClock() {
        return Clock.systemDefaultZone();
    }
}
