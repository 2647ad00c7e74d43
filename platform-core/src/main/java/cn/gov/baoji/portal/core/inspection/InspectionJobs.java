package cn.gov.baoji.portal.core.inspection;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * The scheduled self-inspection of every county. Several instances share the work through a lease
 * row in {@code platform.inspection_lease}: the instance that takes it runs every county, the others
 * skip, and nobody takes it again before the interval is almost over. The holder renews the lease
 * after each county (a run may outlast the interval: external links are slow), and stops as soon as a
 * renewal finds the lease gone to another instance. No connection is held while counties are inspected.
 */
@ApplicationScoped
public class InspectionJobs {

    private static final Logger LOG = Logger.getLogger(InspectionJobs.class);
    private static final String LEASE = "schedule";

    private final Inspector inspector;
    private final TenantDirectory directory;
    private final AgroalDataSource dataSource;
    private final InspectionConfig config;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    InspectionJobs(Inspector inspector, TenantDirectory directory, AgroalDataSource dataSource, InspectionConfig config,
            Clock clock) {
        this.inspector = inspector;
        this.directory = directory;
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${portal.inspection.schedule.every:1h}", delayed = "${portal.inspection.schedule.delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.schedule().enabled()) {
            runAllIfLeased();
        }
    }

    /**
     * Inspects every served county if this instance gets the lease; the number inspected, or -1 when
     * another instance holds the lease (has run, or is running, this interval).
     */
    public int runAllIfLeased() {
        return runAllIfLeased(tenant -> inspector.run(tenant.code(), Inspector.Trigger.SCHEDULE, "系统"));
    }

    /**
     * The same loop with {@code inspect} as what inspecting one county means (tests give one that lets
     * time pass or another instance act); the number inspected, or -1 without the lease.
     */
    public int runAllIfLeased(Consumer<TenantInfo> inspect) {
        Instant started = clock.instant();
        if (!takeLease()) {
            LOG.debug("Another instance runs the scheduled self-inspection this interval; skipped");
            return -1;
        }
        int done = 0;
        for (TenantInfo tenant : List.copyOf(directory.all())) {
            if (!tenant.isServed()) {
                continue;
            }
            try {
                inspect.accept(tenant);
                done++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Scheduled self-inspection of county '%s' failed; tried again at the next interval",
                        tenant.code());
            }
            if (!renewLease(clock.instant().plus(leaseLength()))) {
                LOG.warnf("Self-inspection lease lost to another instance after %d counties; this instance stops and"
                        + " leaves the rest to it", done);
                return done;
            }
        }
        // Done: hold the lease only to the end of this interval, so the next interval's tick finds it free.
        renewLease(later(started.plus(leaseLength()), clock.instant()));
        return done;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Moves the lease's end to {@code until} if this instance still holds it; whether it does. */
    private boolean renewLease(Instant until) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE platform.inspection_lease SET until = ? WHERE name = ? AND holder = ?")) {
            ps.setTimestamp(1, Timestamp.from(until));
            ps.setString(2, LEASE);
            ps.setString(3, instance);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // Unknown whether we still hold it: stopping is the side that never runs twice in parallel.
            LOG.errorf(e, "Cannot renew the self-inspection lease; this instance stops its run");
            return false;
        }
    }

    /** Gives the lease up early (tests, and an orderly shutdown of the holder). */
    public void releaseLease() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "DELETE FROM platform.inspection_lease WHERE name = ? AND holder = ?")) {
            ps.setString(1, LEASE);
            ps.setString(2, instance);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Self-inspection lease not given up (%s); it runs out by itself", e.getMessage());
        }
    }

    private boolean takeLease() {
        Instant now = clock.instant();
        Instant until = now.plus(leaseLength());
        String sql = "INSERT INTO platform.inspection_lease (name, holder, until) VALUES (?, ?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until"
                + " WHERE platform.inspection_lease.until < ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, LEASE);
            ps.setString(2, instance);
            ps.setTimestamp(3, Timestamp.from(until));
            ps.setTimestamp(4, Timestamp.from(now));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            LOG.errorf(e, "Cannot take the self-inspection lease; this instance skips the interval");
            return false;
        }
    }

    /** Nine tenths of the interval: the next interval's tick finds it free, a second instance's tick does not. */
    Duration leaseLength() {
        return every(config.schedule().every()).multipliedBy(9).dividedBy(10);
    }

    static Duration every(String every) {
        String v = every.strip().toUpperCase(Locale.ROOT);
        return Duration.parse(v.startsWith("P") ? v : v.endsWith("D") ? "P" + v : "PT" + v);
    }
}
