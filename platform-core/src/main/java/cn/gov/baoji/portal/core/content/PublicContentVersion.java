package cn.gov.baoji.portal.core.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * A counter per tenant that moves whenever something citizens see changes (an article goes live,
 * is revised or withdrawn); caches of public pages compare against it.
 */
@ApplicationScoped
public class PublicContentVersion {

    private final Map<String, AtomicLong> versions = new ConcurrentHashMap<>();
    private final AtomicLong everywhere = new AtomicLong();
    private final TenantContext tenant;

    PublicContentVersion(TenantContext tenant) {
        this.tenant = tenant;
    }

    public void changed() {
        tenant.tenant().ifPresent(t -> versions.computeIfAbsent(t.code().value(), k -> new AtomicLong()).incrementAndGet());
    }

    /** Something every county shows changed, e.g. a new release of the city's catalogue. */
    public void changedEverywhere() {
        everywhere.incrementAndGet();
    }

    public long current(String tenantCode) {
        AtomicLong v = versions.get(tenantCode);
        return (everywhere.get() << 32) + (v == null ? 0 : v.get());
    }
}
