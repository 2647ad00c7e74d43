package cn.gov.baoji.portal.core.tenant;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Brings the database in line at start: platform schema, tenant schemas that are behind,
 * then the seed counties that do not exist yet, all under the {@link PlatformLock}. Only after that
 * does the directory serve hosts.
 */
@ApplicationScoped
public class TenancyStartup {

    private static final Logger LOG = Logger.getLogger(TenancyStartup.class);
    static final String PLATFORM_SCHEMA = "platform";
    static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";

    private final SchemaMigrator migrator;
    private final TenantMigrations migrations;
    private final TenantDirectory directory;
    private final TenantProvisioner provisioner;
    private final TenancyConfig config;
    private final TenantChangeListener listener;
    private final Event<TenantSchemaUpgraded> upgraded;
    private final PlatformLock lock;

    TenancyStartup(SchemaMigrator migrator, TenantMigrations migrations, TenantDirectory directory,
            TenantProvisioner provisioner, TenancyConfig config, TenantChangeListener listener,
            Event<TenantSchemaUpgraded> upgraded, PlatformLock lock) {
        this.upgraded = upgraded;
        this.lock = lock;
        this.migrator = migrator;
        this.migrations = migrations;
        this.directory = directory;
        this.provisioner = provisioner;
        this.config = config;
        this.listener = listener;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        long started = System.nanoTime();
        // Instances starting together take turns: the second finds the schemas current and the seed done.
        TenantMigrations.Report report = lock.call("start-up migration and seeding", this::migrateAndSeed);
        listener.start();
        LOG.infof("Tenancy ready in %d ms: %d tenants, %d schemas migrated, %d already current",
                (System.nanoTime() - started) / 1_000_000, directory.all().size(), report.migrated().size(),
                report.alreadyCurrent());
    }

    private TenantMigrations.Report migrateAndSeed() {
        migrator.migrate(PLATFORM_SCHEMA, PLATFORM_CHANGELOG);
        TenantMigrations.Report report = migrations.migrateBehind();
        directory.refresh();
        // Only tenants that just changed get follow-up work; a start with current tenants stays cheap.
        report.migrated().forEach(code -> upgraded.fire(new TenantSchemaUpgraded(TenantCode.of(code))));
        if (config.seed().enabled()) {
            for (TenantSpec spec : new TenantSeed(config.seed()).specs()) {
                if (directory.findByCode(spec.code()).isEmpty()) {
                    provisioner.provision(spec);
                }
            }
        }
        return report;
    }
}
