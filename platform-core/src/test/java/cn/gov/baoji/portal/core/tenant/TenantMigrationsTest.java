package cn.gov.baoji.portal.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.site.SiteFooter;

/** Start-up migration of tenant schemas against a real PostgreSQL. */
class TenantMigrationsTest {

    private static final String CURRENT = "db/tenant/changelog.xml";
    /** The current changelog plus one more changeset, as the next release would ship it. */
    private static final String NEXT = "db/tenant-next/changelog.xml";

    private TestDatabase db;
    private SchemaMigrator migrator;
    private TenantStore store;

    @BeforeEach
    void migratePlatform() throws SQLException {
        db = TestDatabase.create();
        migrator = new SchemaMigrator(db.dataSource);
        store = new TenantStore(db.dataSource);
        migrator.migrate(TenancyStartup.PLATFORM_SCHEMA, TenancyStartup.PLATFORM_CHANGELOG);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        db.close();
    }

    @Test
    void addedChangesetUpgradesEveryTenantOnNextStartAndSkipsCurrentOnes() throws SQLException {
        TenantMigrations today = new TenantMigrations(migrator, store, CURRENT, 2);
        for (String code : List.of("weibin", "taibai", "qishan")) {
            register(code);
            today.migrate(TenantCode.of(code));
        }
        assertThat(today.migrateBehind().migrated()).isEmpty();

        TenantMigrations nextRelease = new TenantMigrations(migrator, store, NEXT, 2);
        assertThat(nextRelease.currentVersion()).isNotEqualTo(today.currentVersion());

        TenantMigrations.Report firstStart = nextRelease.migrateBehind();
        assertThat(firstStart.migrated()).containsExactlyInAnyOrder("weibin", "taibai", "qishan");
        assertThat(firstStart.alreadyCurrent()).isZero();
        for (String code : List.of("weibin", "taibai", "qishan")) {
            assertThat(tableExists("tenant_" + code, "release_note")).as(code).isTrue();
        }

        TenantMigrations.Report secondStart = new TenantMigrations(migrator, store, NEXT, 2).migrateBehind();
        assertThat(secondStart.migrated()).isEmpty();
        assertThat(secondStart.alreadyCurrent()).isEqualTo(3);
    }

    @Test
    void tenantLeftHalfProvisionedIsMigratedAtStart() throws SQLException {
        register("fufeng");
        assertThat(tableExists("tenant_fufeng", "channel")).isFalse();

        TenantMigrations.Report report = new TenantMigrations(migrator, store, CURRENT, 1).migrateBehind();

        assertThat(report.migrated()).containsExactly("fufeng");
        assertThat(tableExists("tenant_fufeng", "channel")).isTrue();
        assertThat(tableExists("tenant_fufeng", "site_settings")).isTrue();
    }

    @Test
    void migrationTouchesOnlyTheTenantsOwnSchema() throws SQLException {
        register("linyou");
        register("longxian");
        new TenantMigrations(migrator, store, CURRENT, 1).migrate(TenantCode.of("linyou"));

        assertThat(tableExists("tenant_linyou", "channel")).isTrue();
        assertThat(tableExists("tenant_longxian", "channel")).isFalse();
        assertThat(tableExists("public", "channel")).isFalse();
    }

    private void register(String code) {
        int n = Math.abs(code.hashCode() % 90) + 10;
        store.insertIfAbsent(new TenantSpec(TenantCode.of(code), code + "区", code + "区人民政府", TenantKind.DISTRICT,
                "6199" + n, "6199" + n + "0001", "base", List.of(code + ".localhost"),
                new SiteFooter("主办单位", null, null, null, null, null, null)));
    }

    private boolean tableExists(String schema, String table) throws SQLException {
        try (Connection c = db.dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
