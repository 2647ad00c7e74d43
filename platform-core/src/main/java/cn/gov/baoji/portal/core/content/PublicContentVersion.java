package cn.gov.baoji.portal.core.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * A counter per tenant that moves whenever something citizens see changes (an article goes live,
 * is revised or withdrawn, a channel or department changes); caches of public pages compare
 * against it. It moves only after the change is committed, so a page rendered from the old data
 * can never be filed under the new version.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** A change to what a tenant (or, with a null tenant, every tenant) shows. */
    public record Changed(String tenantCode) {
    }

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicLong everywhere = new AtomicLong();
    private final TenantContext tenant;
    private final Event<Changed> events;

    PublicContentVersion(TenantContext tenant, Event<Changed> events) {
        this.tenant = tenant;
        this.events = events;
    }

    public void changed() {
        tenant.tenant().ifPresent(t -> events.fire(new Changed(t.code().value())));
    }

    /** Something every county shows changed, e.g. a new release of the city's catalogue. */
    public void changedEverywhere() {
        events.fire(new Changed(null));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        if (change.tenantCode() == null) {
            everywhere.incrementAndGet();
        } else {
            versions.computeIfAbsent(change.tenantCode(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    public long current(String tenantCode) {
        AtomicLong v = versions.get(tenantCode);
        return (everywhere.get() << 32) + (v == null ? 0 : v.get());
    }
}
