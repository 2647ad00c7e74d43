package cn.gov.baoji.portal.core.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * One PostgreSQL advisory lock for the work that creates and changes schemas: the start-up migration
 * and seeding, and provisioning a tenant. Several instances starting together on an empty database,
 * or two provisioning calls for the same county, take turns instead of racing on
 * {@code CREATE SCHEMA}, Liquibase's tables and the default rows.
 * <p>
 * The lock is a session lock on a connection opened for it alone (not one of the pool), closed in
 * {@code finally}: even if the unlock fails, closing the session releases it, so it can never stay
 * behind on a pooled connection. It is re-entrant within a thread, because start-up provisions the
 * seed counties while it holds the lock.
 */
public class PlatformLock {

    /** The lock's fixed key, the same on every instance: ASCII "bjportal". */
    public static final long KEY = 0x626a706f7274616cL;

    private static final Logger LOG = Logger.getLogger(PlatformLock.class);

    /** Opens a connection that is not shared with anything else. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final ThreadLocal<Integer> held = ThreadLocal.withInitial(() -> 0);

    public PlatformLock(Connections connections) {
        this.connections = connections;
    }

    /** Runs {@code work} holding the lock, waiting for other holders first. */
    public <T> T call(String purpose, Supplier<T> work) {
        if (held.get() > 0) {
            return nested(work);
        }
        Connection connection = open(purpose);
        try {
            acquire(connection, purpose);
            try {
                return nested(work);
            } finally {
                release(connection, purpose);
            }
        } finally {
            close(connection);
        }
    }

    public void run(String purpose, Runnable work) {
        call(purpose, () -> {
            work.run();
            return null;
        });
    }

    private <T> T nested(Supplier<T> work) {
        held.set(held.get() + 1);
        try {
            return work.get();
        } finally {
            int depth = held.get() - 1;
            if (depth == 0) {
                held.remove();
            } else {
                held.set(depth);
            }
        }
    }

    private Connection open(String purpose) {
        try {
            return connections.open();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection for the platform lock (" + purpose + ")", e);
        }
    }

    private static void acquire(Connection connection, String purpose) {
        try {
            if (!query(connection, "SELECT pg_try_advisory_lock(?)")) {
                LOG.infof("Another instance holds the platform lock; %s waits for it", purpose);
                try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, KEY);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the platform lock for " + purpose, e);
        }
    }

    private static void release(Connection connection, String purpose) {
        try {
            query(connection, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            LOG.warnf("Platform lock after %s not released explicitly (%s); closing its connection releases it",
                    purpose, e.getMessage());
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warnf("Connection of the platform lock did not close cleanly (%s); PostgreSQL releases the lock "
                    + "when the session ends", e.getMessage());
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
