package cn.gov.baoji.portal.core.tenant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance in step with changes committed by any instance (the tenant directory, each
 * county's published content): listens on PostgreSQL channels over a connection of its own (not
 * one of the pool). If the connection drops it reconnects and resynchronises everything, so a
 * missed notification costs at most the reconnect delay. It also resynchronises every minute
 * regardless, because a connection that died silently (no RST, e.g. behind a NAT) delivers no
 * notifications and no error either.
 */
public class TenantChangeListener implements AutoCloseable {

    /**
     * A channel to listen on.
     *
     * @param onNotice called with each notification's payload
     * @param resync called when notifications may have been missed: after (re)connecting and, if
     *        {@code everyMinute}, once a minute in case the connection died silently
     */
    public record Subscription(String channel, Consumer<String> onNotice, Runnable resync, boolean everyMinute) {
    }

    private static final Logger LOG = Logger.getLogger(TenantChangeListener.class);
    private static final int POLL_MILLIS = 5_000;
    private static final long REFRESH_EVERY_MILLIS = 60_000;

    private final String jdbcUrl;
    private final String username;
    private final Optional<String> password;
    private final List<Subscription> subscriptions;
    private volatile boolean running = true;
    private Thread thread;

    public TenantChangeListener(String jdbcUrl, String username, Optional<String> password,
            List<Subscription> subscriptions) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.subscriptions = List.copyOf(subscriptions);
    }

    public synchronized void start() {
        if (thread == null) {
            thread = new Thread(this::listen, "tenant-change-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, connectionProperties())) {
                try (Statement s = connection.createStatement()) {
                    for (Subscription subscription : subscriptions) {
                        // Channel names are constants of the code, never request text.
                        s.execute("LISTEN " + subscription.channel());
                    }
                }
                // Changes made before LISTEN took effect (at start: between the first load and now;
                // after a reconnect: while we were away) sent notifications nobody received.
                subscriptions.forEach(s -> s.resync().run());
                long lastRefresh = System.currentTimeMillis();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification);
                        }
                    }
                    if (System.currentTimeMillis() - lastRefresh >= REFRESH_EVERY_MILLIS) {
                        subscriptions.stream().filter(Subscription::everyMinute).forEach(s -> s.resync().run());
                        lastRefresh = System.currentTimeMillis();
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

    private void deliver(PGNotification notification) {
        for (Subscription subscription : subscriptions) {
            if (subscription.channel().equals(notification.getName())) {
                subscription.onNotice().accept(notification.getParameter());
            }
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        password.ifPresent(p -> properties.setProperty("password", p));
        // Lets the operating system notice a dead peer on this otherwise idle connection.
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
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
