package cn.gov.baoji.portal.admin.inspection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.inspection.Inspector;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Self-inspections asked for by a person, run in the background (checking external links can take
 * many minutes): one county, or every county one after the other as the city asks. At most one run
 * per county is waiting or going on this instance ({@link Inspector} also makes runs of one county take
 * turns with the scheduled one), and at most two threads run, so a row of clicks cannot tie up the
 * server. Each run opens its own tenant scope and transactions; stopping the application interrupts
 * what is under way (its findings stay as the last finished run left them).
 */
@ApplicationScoped
public class CountyRuns {

    private static final Logger LOG = Logger.getLogger(CountyRuns.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A run waiting or under way: who asked, and when (Beijing time). */
    public record Running(String county, String triggeredBy, OffsetDateTime startedAt) {
    }

    private final Inspector inspector;
    private final Clock clock;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final AtomicBoolean runningAll = new AtomicBoolean();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "county-inspection-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    CountyRuns(Inspector inspector, Clock clock) {
        this.inspector = inspector;
        this.clock = clock;
    }

    /** Starts inspecting {@code county}, unless a run of it is already waiting or under way here; that run. */
    public Running start(TenantCode county, String by) {
        Running run = startingNow(county.value(), by);
        Running earlier = running.putIfAbsent(county.value(), run);
        if (earlier != null) {
            return earlier;
        }
        try {
            executor.execute(() -> inspect(county, by));
        } catch (RuntimeException e) {
            running.remove(county.value());
            throw e;
        }
        return run;
    }

    /**
     * Starts inspecting {@code counties} one after the other in the background; a county with a run of its
     * own waiting or under way is left to that run.
     *
     * @return false when such a run of every county is still going
     */
    public boolean startAll(List<TenantCode> counties, String by) {
        if (!runningAll.compareAndSet(false, true)) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    for (TenantCode county : counties) {
                        if (Thread.currentThread().isInterrupted()) {
                            return;
                        }
                        if (running.putIfAbsent(county.value(), startingNow(county.value(), by)) == null) {
                            inspect(county, by);
                        }
                    }
                } finally {
                    runningAll.set(false);
                }
            });
        } catch (RuntimeException e) {
            runningAll.set(false);
            throw e;
        }
        return true;
    }

    /** The run of {@code county} waiting or under way on this instance, if any. */
    public Optional<Running> running(TenantCode county) {
        return Optional.ofNullable(running.get(county.value()));
    }

    private Running startingNow(String county, String by) {
        return new Running(county, by, OffsetDateTime.ofInstant(clock.instant(), ChinaTime.ZONE));
    }

    private void inspect(TenantCode county, String by) {
        try {
            inspector.run(county, Inspector.Trigger.ON_DEMAND, by);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Self-inspection of county '%s' asked by %s failed; the findings stay as they were", county, by);
        } finally {
            running.remove(county.value());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Self-inspection runs did not stop within 10 s of shutdown");
        }
    }
}
