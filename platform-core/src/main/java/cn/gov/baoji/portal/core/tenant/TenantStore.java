package cn.gov.baoji.portal.core.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.util.PSQLException;

import cn.gov.baoji.portal.core.error.ConflictException;

/**
 * Reads and writes the tenant registry in the shared {@code platform} schema.
 * Every statement names its schema, because a pooled connection may still point at a tenant's.
 */
public class TenantStore {

    /** Channel of the PostgreSQL notification that tells every instance to reload its tenant map. */
    public static final String CHANGE_CHANNEL = "portal_tenants_changed";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String PRIMARY_KEY = "tenant_pk";

    private final DataSource dataSource;

    public TenantStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A tenant row with the hosts it answers on.
     *
     * @param domains in the order they were registered; the first is the county's canonical domain
     */
    public record Registration(TenantInfo tenant, List<String> domains, String schemaVersion) {
    }

    public List<Registration> findAll() {
        String tenants = "SELECT code, name, site_name, kind, division_code, site_identifier, status, theme, schema_version"
                + " FROM platform.tenant ORDER BY division_code, code";
        String domains = "SELECT host, tenant_code FROM platform.tenant_domain ORDER BY registered_seq";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            Map<String, List<String>> hostsByCode = new HashMap<>();
            try (ResultSet rs = s.executeQuery(domains)) {
                while (rs.next()) {
                    hostsByCode.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(1));
                }
            }
            List<Registration> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(tenants)) {
                while (rs.next()) {
                    TenantInfo info = toInfo(rs);
                    result.add(new Registration(info, List.copyOf(hostsByCode.getOrDefault(info.code().value(), List.of())),
                            rs.getString("schema_version")));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tenant registry", e);
        }
    }

    public Optional<Registration> find(TenantCode code) {
        return findAll().stream().filter(r -> r.tenant().code().equals(code)).findFirst();
    }

    /** Adds the tenant as PROVISIONING unless it is registered already; returns whether it was new. */
    public boolean insertIfAbsent(TenantSpec spec) {
        String sql = "INSERT INTO platform.tenant (code, name, site_name, kind, division_code, site_identifier, status, theme)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'PROVISIONING', ?) ON CONFLICT (code) DO NOTHING";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, spec.code().value());
            ps.setString(2, spec.name());
            ps.setString(3, spec.siteName());
            ps.setString(4, spec.kind().name());
            ps.setString(5, spec.divisionCode());
            ps.setString(6, spec.siteIdentifier());
            ps.setString(7, spec.theme());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            // ON CONFLICT (code) absorbs a known code; any other unique key is division_code or site_identifier.
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && !PRIMARY_KEY.equals(constraintOf(e))) {
                throw new ConflictException("行政区划代码或网站标识码已被其他站点使用");
            }
            throw new IllegalStateException("Cannot register tenant " + spec.code(), e);
        }
    }

    private static String constraintOf(SQLException e) {
        return e instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getConstraint()
                : null;
    }

    /** Host names already bound to a tenant other than {@code code}. */
    public List<String> domainsTakenByOthers(TenantCode code, List<String> hosts) {
        String sql = "SELECT host FROM platform.tenant_domain WHERE host = ANY (?) AND tenant_code <> ?";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", hosts.toArray()));
            ps.setString(2, code.value());
            List<String> taken = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check domains of tenant " + code, e);
        }
    }

    /** Binds the hosts in this order (after those already bound), so the first ever bound stays the canonical one. */
    public void addDomains(TenantCode code, List<String> hosts) {
        String sql = "INSERT INTO platform.tenant_domain (host, tenant_code) VALUES (?, ?) ON CONFLICT (host) DO NOTHING";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (String host : hosts) {
                ps.setString(1, host);
                ps.setString(2, code.value());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register domains of tenant " + code, e);
        }
        List<String> taken = domainsTakenByOthers(code, hosts);
        if (!taken.isEmpty()) {
            // Lost a race with another provisioning: the unique key kept the other tenant's binding.
            throw new ConflictException("域名已被其他站点使用：" + String.join("、", taken));
        }
    }

    /** Unbinds a host of this tenant unless it is its last one; returns whether it was removed. */
    public boolean removeDomainUnlessLast(TenantCode code, String host) {
        String sql = "DELETE FROM platform.tenant_domain WHERE host = ? AND tenant_code = ?"
                + " AND (SELECT count(*) FROM platform.tenant_domain WHERE tenant_code = ?) > 1";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, host);
            ps.setString(2, code.value());
            ps.setString(3, code.value());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot remove a domain of tenant " + code, e);
        }
    }

    /**
     * Moves a tenant from {@code from} to {@code to} in one statement, so two concurrent changes cannot
     * both pass a check made earlier; returns false when the tenant was not in {@code from}.
     */
    public boolean changeStatus(TenantCode code, TenantStatus from, TenantStatus to) {
        return update("UPDATE platform.tenant SET status = ?, updated_at = now() WHERE code = ? AND status = ?",
                to.name(), code.value(), from.name()) == 1;
    }

    /** Moves a tenant out of PROVISIONING; leaves a suspended one suspended. */
    public void activateIfProvisioning(TenantCode code) {
        update("UPDATE platform.tenant SET status = 'ACTIVE', updated_at = now() WHERE code = ? AND status = 'PROVISIONING'",
                code.value());
    }

    public void recordSchemaVersion(TenantCode code, String version) {
        update("UPDATE platform.tenant SET schema_version = ?, updated_at = now() WHERE code = ?", version, code.value());
    }

    /** Tells every instance, this one included, that the registry changed. */
    public void announceChange() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("NOTIFY " + CHANGE_CHANNEL);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot announce a tenant change", e);
        }
    }

    private int update(String sql, String... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot update the tenant registry", e);
        }
    }

    private static TenantInfo toInfo(ResultSet rs) throws SQLException {
        return new TenantInfo(
                TenantCode.of(rs.getString("code")),
                rs.getString("name"),
                rs.getString("site_name"),
                TenantKind.valueOf(rs.getString("kind")),
                rs.getString("division_code"),
                rs.getString("site_identifier"),
                TenantStatus.valueOf(rs.getString("status")),
                rs.getString("theme"));
    }
}
