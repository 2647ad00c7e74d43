package cn.gov.baoji.portal.core.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.logging.Logger;

/**
 * Keeps every tenant schema on the current tenant changelog. The version each tenant is at is
 * recorded in the registry, so a start costs one query when all tenants are current.
 */
public class TenantMigrations {

    private static final Logger LOG = Logger.getLogger(TenantMigrations.class);

    private final SchemaMigrator migrator;
    private final TenantStore store;
    private final String changelog;
    private final int parallelism;
    private volatile String version;

    public TenantMigrations(SchemaMigrator migrator, TenantStore store, String changelog, int parallelism) {
        this.migrator = migrator;
        this.store = store;
        this.changelog = changelog;
        this.parallelism = Math.max(1, parallelism);
    }

    /** What one pass over the registry did. */
    public record Report(List<String> migrated, int alreadyCurrent) {
    }

    public String currentVersion() {
        if (version == null) {
            version = migrator.version(changelog);
        }
        return version;
    }

    public void migrate(TenantCode code) {
        migrator.migrate(code.schema(), changelog);
        store.recordSchemaVersion(code, currentVersion());
    }

    /** Migrates the tenants whose recorded version differs from the changelog's, a few at a time. */
    public Report migrateBehind() {
        String current = currentVersion();
        List<TenantCode> behind = new ArrayList<>();
        int upToDate = 0;
        for (TenantStore.Registration registration : store.findAll()) {
            if (current.equals(registration.schemaVersion())) {
                upToDate++;
            } else {
                behind.add(registration.tenant().code());
            }
        }
        if (behind.isEmpty()) {
            return new Report(List.of(), upToDate);
        }
        LOG.infof("Migrating %d tenant schemas to changelog version %s (%d already current)", behind.size(), current,
                upToDate);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, behind.size()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (TenantCode code : behind) {
                futures.add(pool.submit(() -> migrate(code)));
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    futures.get(i).get();
                } catch (Exception e) {
                    LOG.errorf(e, "Migration of tenant '%s' failed; start aborted; fix the migration and restart",
                            behind.get(i));
                    failed.add(behind.get(i).value());
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Tenant schema migration failed for: " + failed);
            }
        } finally {
            pool.shutdown();
        }
        return new Report(behind.stream().map(TenantCode::value).toList(), upToDate);
    }
}
