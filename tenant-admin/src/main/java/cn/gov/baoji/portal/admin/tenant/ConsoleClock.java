package cn.gov.baoji.portal.admin.tenant;

import java.time.Clock;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/** The system clock, unless a test or another module supplies its own. */
class ConsoleClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
