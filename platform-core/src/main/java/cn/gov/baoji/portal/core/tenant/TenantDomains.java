package cn.gov.baoji.portal.core.tenant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * Adds and removes the hosts a county answers on, after it was provisioned. Under the
 * {@link PlatformLock}, so a host cannot be bound to two counties by two concurrent requests.
 */
@ApplicationScoped
public class TenantDomains {

    private final TenantStore store;
    private final TenantDirectory directory;
    private final TenancyConfig config;
    private final PlatformLock lock;

    TenantDomains(TenantStore store, TenantDirectory directory, TenancyConfig config, PlatformLock lock) {
        this.store = store;
        this.directory = directory;
        this.config = config;
        this.lock = lock;
    }

    /** Binds one more host (after the existing ones, so the canonical host stays); returns the county's hosts. */
    public List<String> add(TenantCode code, String domain) {
        String host = normalized(domain);
        return lock.call("adding domain '" + host + "' to tenant '" + code + "'", () -> {
            requireTenant(code);
            if (!config.consoleHostsAmong(List.of(host)).isEmpty()) {
                throw new ConflictException("域名保留给市级管理控制台：" + host);
            }
            List<String> taken = store.domainsTakenByOthers(code, List.of(host));
            if (!taken.isEmpty()) {
                throw new ConflictException("域名已被其他站点使用：" + host);
            }
            store.addDomains(code, List.of(host));
            changed();
            return domains(code);
        });
    }

    /** Unbinds a host; the county's last host cannot go (the site would be unreachable). */
    public List<String> remove(TenantCode code, String domain) {
        String host = HostNames.normalize(domain).orElse("");
        return lock.call("removing domain '" + host + "' of tenant '" + code + "'", () -> {
            List<String> current = domains(code);
            if (!current.contains(host)) {
                throw new NotFoundException("该站点没有这个域名：" + domain);
            }
            if (!store.removeDomainUnlessLast(code, host)) {
                throw new ConflictException("这是站点唯一的域名，不能删除。请先添加另一个域名。");
            }
            changed();
            return domains(code);
        });
    }

    private List<String> domains(TenantCode code) {
        return requireTenant(code).domains();
    }

    private TenantStore.Registration requireTenant(TenantCode code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("站点不存在：" + code));
    }

    private void changed() {
        directory.refresh();
        store.announceChange();
    }

    /** The same rule as provisioning applies to its domains. */
    static String normalized(String domain) {
        return HostNames.domain(domain)
                .orElseThrow(() -> new InvalidInputException("domain", "域名无效：" + (domain == null ? "" : domain)));
    }
}
