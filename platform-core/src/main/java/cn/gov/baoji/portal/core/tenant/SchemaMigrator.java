package cn.gov.baoji.portal.core.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies a Liquibase changelog to one PostgreSQL schema, creating the schema first.
 * Liquibase's own bookkeeping tables live in that schema too, so each schema knows its state.
 */
public class SchemaMigrator {

    private final DataSource dataSource;
    private final ResourceAccessor resources;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
        this.resources = new ClassLoaderResourceAccessor(Thread.currentThread().getContextClassLoader());
    }

    /**
     * @param schema a schema name built by the platform (never from request text)
     */
    public void migrate(String schema, String changelog) {
        if (!schema.matches("[a-z][a-z0-9_]{1,62}")) {
            throw new IllegalArgumentException("Refusing to migrate an unsafe schema name");
        }
        try (Connection connection = dataSource.getConnection()) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            connection.setSchema(schema);
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            inLiquibaseScope(() -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue("database", database)
                    .addArgumentValue("changelogFile", changelog)
                    .addArgumentValue("showSummary", "OFF")
                    .addArgumentValue("showSummaryOutput", "LOG")
                    .execute());
        } catch (SQLException | DatabaseException e) {
            throw new IllegalStateException("Cannot migrate schema " + schema, e);
        }
    }

    /**
     * A fingerprint of the changesets a changelog contains. It changes when a changeset is added,
     * which is how a start finds the tenants that are behind without asking each schema.
     */
    public String version(String changelog) {
        Map<String, Object> result = new HashMap<>();
        inLiquibaseScope(() -> {
            DatabaseChangeLog log = ChangeLogParserFactory.getInstance().getParser(changelog, resources)
                    .parse(changelog, new ChangeLogParameters(), resources);
            MessageDigest digest = sha256();
            for (ChangeSet changeSet : log.getChangeSets()) {
                String identity = changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor() + "\n";
                digest.update(identity.getBytes(StandardCharsets.UTF_8));
            }
            result.put("version", log.getChangeSets().size() + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16));
        });
        return (String) result.get("version");
    }

    private void inLiquibaseScope(Scope.ScopedRunner<?> runner) {
        Map<String, Object> scope = new HashMap<>();
        // Liquibase 4.30+ calls home for analytics; with no route out, that call only waits.
        scope.put("liquibase.analytics.enabled", false);
        scope.put(Scope.Attr.resourceAccessor.name(), resources);
        // Progress goes to the log, not to standard output.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        try {
            Scope.child(scope, runner);
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase failed: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
