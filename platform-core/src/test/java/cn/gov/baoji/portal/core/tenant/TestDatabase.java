package cn.gov.baoji.portal.core.tenant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database on the PostgreSQL server that {@code deploy/test.sh} starts for the run.
 */
final class TestDatabase implements AutoCloseable {

    private final String adminUrl;
    private final String user;
    private final String name;
    final PGSimpleDataSource dataSource;

    private TestDatabase(String adminUrl, String user, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.name = name;
        this.dataSource = new PGSimpleDataSource();
        dataSource.setUrl(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name);
        dataSource.setUser(user);
    }

    static TestDatabase create() throws SQLException {
        String adminUrl = System.getenv("PORTAL_TEST_ADMIN_JDBC_URL");
        if (adminUrl == null) {
            throw new IllegalStateException("PORTAL_TEST_ADMIN_JDBC_URL is not set: run the tests with deploy/test.sh");
        }
        String user = System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres");
        String name = "core_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(adminUrl, user, null); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new TestDatabase(adminUrl, user, name);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, null); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
