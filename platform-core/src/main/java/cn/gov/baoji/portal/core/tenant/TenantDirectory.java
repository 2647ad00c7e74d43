package cn.gov.baoji.portal.core.tenant;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * In-memory map from host names to tenants, so that resolving a request costs no database call.
 * Reloaded whenever the registry changes, on every instance (see {@link TenantChangeListener}).
 */
public class TenantDirectory {

    private static final Logger LOG = Logger.getLogger(TenantDirectory.class);

    private record Snapshot(Map<String, TenantInfo> byHost, Map<String, TenantInfo> byCode,
            Map<String, String> canonicalHosts) {
    }

    private final TenantStore store;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());

    public TenantDirectory(TenantStore store) {
        this.store = store;
    }

    /** @param host a host name already normalized by {@link HostNames} */
    public Optional<TenantInfo> findByHost(String host) {
        return Optional.ofNullable(snapshot.byHost().get(host));
    }

    public Optional<TenantInfo> findByCode(TenantCode code) {
        return Optional.ofNullable(snapshot.byCode().get(code.value()));
    }

    /** The tenant's canonical host: the first domain registered for it. */
    public Optional<String> canonicalHost(TenantCode code) {
        return Optional.ofNullable(snapshot.canonicalHosts().get(code.value()));
    }

    public Collection<TenantInfo> all() {
        return snapshot.byCode().values();
    }

    public synchronized void refresh() {
        Map<String, TenantInfo> byHost = new HashMap<>();
        Map<String, TenantInfo> byCode = new LinkedHashMap<>();
        Map<String, String> canonicalHosts = new HashMap<>();
        for (TenantStore.Registration registration : store.findAll()) {
            TenantInfo tenant = registration.tenant();
            byCode.put(tenant.code().value(), tenant);
            registration.domains().forEach(host -> byHost.put(host, tenant));
            if (!registration.domains().isEmpty()) {
                canonicalHosts.put(tenant.code().value(), registration.domains().get(0));
            }
        }
        snapshot = new Snapshot(Map.copyOf(byHost), java.util.Collections.unmodifiableMap(byCode),
                Map.copyOf(canonicalHosts));
        LOG.debugf("Tenant directory reloaded: %d tenants, %d hosts", byCode.size(), byHost.size());
    }
}
