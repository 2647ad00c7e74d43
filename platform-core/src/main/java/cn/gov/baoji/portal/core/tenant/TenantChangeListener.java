package cn.gov.baoji.portal.core.tenant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's {@link TenantDirectory} in step with changes made by any instance:
 * listens on a PostgreSQL channel over a connection of its own (not one of the pool).
 * If the connection drops it reconnects and reloads, so a missed notification costs at most
 * the reconnect delay.
 */
public class TenantChangeListener implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TenantChangeListener.class);
    private static final int POLL_MILLIS = 5_000;

    private final String jdbcUrl;
    private final String username;
    private final Optional<String> password;
    private final TenantDirectory directory;
    private volatile boolean running = true;
    private Thread thread;

    public TenantChangeListener(String jdbcUrl, String username, Optional<String> password, TenantDirectory directory) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.directory = directory;
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::listen, "tenant-change-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void listen() {
        boolean firstConnection = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password.orElse(null))) {
                try (Statement s = connection.createStatement()) {
                    s.execute("LISTEN " + TenantStore.CHANGE_CHANNEL);
                }
                if (!firstConnection) {
                    // Notifications sent while we were away are lost: reload once.
                    directory.refresh();
                }
                firstConnection = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        directory.refresh();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("Tenant change listener lost its database connection (%s); tenant changes made on other "
                            + "instances are picked up after reconnecting", e.getMessage());
                    sleepQuietly();
                }
            }
        }
    }

    private void sleepQuietly() {
        try {
            TimeUnit.SECONDS.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
