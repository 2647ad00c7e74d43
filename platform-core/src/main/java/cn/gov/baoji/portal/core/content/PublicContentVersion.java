package cn.gov.baoji.portal.core.content;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A counter per tenant that moves whenever something citizens see changes (an article goes live,
 * is revised or withdrawn, a channel or department changes, a look is published); caches of public
 * pages and of published looks compare against it. It moves only after the change is committed,
 * so a page rendered from the old data can never be filed under the new version.
 * <p>
 * Other instances learn of the change through PostgreSQL: a notification on {@link #CHANNEL} is
 * sent in the changing transaction, so it is delivered exactly when, and only if, it commits.
 */
@ApplicationScoped
public class PublicContentVersion {

    public static final String CHANNEL = "portal_content_changed";
    private static final Logger LOG = Logger.getLogger(PublicContentVersion.class);
    private static final String EVERY_TENANT = "*";

    /** A change to what a tenant (or, with a null tenant, every tenant) shows. */
    public record Changed(String tenantCode) {
    }

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicLong everywhere = new AtomicLong();
    private final TenantContext tenant;
    private final Event<Changed> events;
    private final AgroalDataSource dataSource;

    PublicContentVersion(TenantContext tenant, Event<Changed> events, AgroalDataSource dataSource) {
        this.tenant = tenant;
        this.events = events;
        this.dataSource = dataSource;
    }

    public void changed() {
        tenant.tenant().ifPresent(t -> {
            tellOtherInstances(t.code().value());
            events.fire(new Changed(t.code().value()));
        });
    }

    /** Something every county shows changed, e.g. a new release of the city's catalogue. */
    public void changedEverywhere() {
        tellOtherInstances(EVERY_TENANT);
        events.fire(new Changed(null));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        bump(change.tenantCode());
    }

    /** A change committed by some instance (this one included), as PostgreSQL told us. */
    public void changedElsewhere(String payload) {
        bump(payload == null || EVERY_TENANT.equals(payload) || !TenantCode.isValid(payload) ? null : payload);
    }

    /** Notifications may have been missed: treat everything as changed. */
    public void resync() {
        bump(null);
    }

    public long current(String tenantCode) {
        AtomicLong v = versions.get(tenantCode);
        return (everywhere.get() << 32) + (v == null ? 0 : v.get());
    }

    private void bump(String tenantCode) {
        if (tenantCode == null) {
            everywhere.incrementAndGet();
        } else {
            versions.computeIfAbsent(tenantCode, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /**
     * Inside a transaction Agroal hands out the connection already enlisted in it, so the notice goes
     * out on commit only (and not at all on rollback); a failure there has aborted the transaction,
     * so it fails the change. Outside one (after a commit of its own) the notice goes out at once and
     * a failure is only logged: the change stands, and other instances see it within the caches'
     * maximum age.
     */
    private void tellOtherInstances(String payload) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            ps.setString(1, CHANNEL);
            ps.setString(2, payload);
            ps.execute();
        } catch (SQLException e) {
            if (QuarkusTransaction.isActive()) {
                throw new IllegalStateException("Cannot notify other instances of a content change", e);
            }
            LOG.warnf("Other instances were not told of a change to %s (%s); they see it within the caches' "
                    + "maximum age", payload, e.getMessage());
        }
    }
}
