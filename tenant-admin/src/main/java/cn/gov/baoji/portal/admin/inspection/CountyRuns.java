package cn.gov.baoji.portal.admin.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.inspection.Inspector;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Self-inspections asked for by a person, run in the background (checking external links can take
 * many minutes): at most one per county at a time on this instance, and at most two counties at once,
 * so a row of clicks cannot tie up the server. Each run opens its own tenant scope and transactions.
 */
@ApplicationScoped
public class CountyRuns {

    private static final Logger LOG = Logger.getLogger(CountyRuns.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A run under way: who asked, and when. */
    public record Running(String county, String triggeredBy, OffsetDateTime startedAt) {
    }

    private final Inspector inspector;
    private final Clock clock;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "county-inspection-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    CountyRuns(Inspector inspector, Clock clock) {
        this.inspector = inspector;
        this.clock = clock;
    }

    /** Starts inspecting {@code county}, unless a run of it is already under way here; the run under way. */
    public Running start(TenantCode county, String by) {
        Running run = new Running(county.value(), by, OffsetDateTime.now(clock));
        Running earlier = running.putIfAbsent(county.value(), run);
        if (earlier != null) {
            return earlier;
        }
        try {
            executor.execute(() -> {
                try {
                    inspector.run(county, Inspector.Trigger.ON_DEMAND, by);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Self-inspection of county '%s' asked by %s failed; the findings stay as they were",
                            county, by);
                } finally {
                    running.remove(county.value());
                }
            });
        } catch (RuntimeException e) {
            running.remove(county.value());
            throw e;
        }
        return run;
    }

    /** The run of {@code county} under way on this instance, if any. */
    public Optional<Running> running(TenantCode county) {
        return Optional.ofNullable(running.get(county.value()));
    }
}
