package cn.gov.baoji.portal.core.tenant;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.site.SiteDefaults;

/**
 * Creates a county site: registry row, schema, migration, defaults, domains, then opens it.
 * Each step is idempotent, so provisioning again after a failure half-way finishes the job,
 * and provisioning an existing tenant changes nothing it already has.
 */
@ApplicationScoped
public class TenantProvisioner {

    private static final Logger LOG = Logger.getLogger(TenantProvisioner.class);

    private final TenantStore store;
    private final TenantMigrations migrations;
    private final SiteDefaults defaults;
    private final TenantDirectory directory;
    private final TenancyConfig config;
    private final Event<TenantProvisioned> provisioned;
    private final PlatformLock lock;

    TenantProvisioner(TenantStore store, TenantMigrations migrations, SiteDefaults defaults, TenantDirectory directory,
            TenancyConfig config, Event<TenantProvisioned> provisioned, PlatformLock lock) {
        this.store = store;
        this.migrations = migrations;
        this.defaults = defaults;
        this.directory = directory;
        this.config = config;
        this.provisioned = provisioned;
        this.lock = lock;
    }

    /** Fired once a tenant is provisioned (again); observers add what other systems need, idempotently. */
    public record TenantProvisioned(TenantCode code) {
    }

    /**
     * Provisions under the {@link PlatformLock}: a second call for the same county (from this or another
     * instance) waits, then finds every step done, and the domain check cannot race another county's.
     */
    public TenantInfo provision(TenantSpec spec) {
        return provision(spec, ProvisioningSteps.DIRECT);
    }

    /** Provisions, running each step through {@code steps} (which report progress or add work). */
    public TenantInfo provision(TenantSpec spec, ProvisioningSteps steps) {
        return lock.call("provisioning of tenant '" + spec.code() + "'", () -> provisionLocked(spec, steps));
    }

    private TenantInfo provisionLocked(TenantSpec spec, ProvisioningSteps steps) {
        TenantCode code = spec.code();
        List<String> consoleHosts = config.consoleHostsAmong(spec.domains());
        if (!consoleHosts.isEmpty()) {
            throw new ConflictException("域名保留给市级管理控制台：" + String.join("、", consoleHosts));
        }
        List<String> taken = store.domainsTakenByOthers(code, spec.domains());
        if (!taken.isEmpty()) {
            throw new ConflictException("域名已被其他站点使用：" + String.join("、", taken));
        }
        long started = System.nanoTime();
        boolean[] created = new boolean[1];
        steps.run(ProvisioningStep.SCHEMA, code, () -> created[0] = store.insertIfAbsent(spec));
        steps.run(ProvisioningStep.MIGRATIONS, code, () -> migrations.migrate(code));
        steps.run(ProvisioningStep.DEFAULTS, code, () -> defaults.apply(code, spec.footer(), spec.look()));
        steps.run(ProvisioningStep.ACCOUNTS, code, () -> {
        });
        steps.run(ProvisioningStep.DOMAINS, code, () -> {
            store.addDomains(code, spec.domains());
            store.activateIfProvisioning(code);
            directory.refresh();
            store.announceChange();
        });
        provisioned.fire(new TenantProvisioned(code));
        LOG.infof("Tenant '%s' (%s) %s in %d ms", code, spec.siteName(), created[0] ? "provisioned" : "re-provisioned",
                (System.nanoTime() - started) / 1_000_000);
        return directory.findByCode(code).orElseThrow();
    }

    /** Takes a site offline (citizens see a maintenance page) or back online. */
    public void setSuspended(TenantCode code, boolean suspended) {
        if (directory.findByCode(code).isEmpty()) {
            throw new NotFoundException("站点不存在：" + code);
        }
        // Only ACTIVE <-> SUSPENDED: a site still being provisioned must not be opened by "resume".
        boolean changed = suspended ? store.changeStatus(code, TenantStatus.ACTIVE, TenantStatus.SUSPENDED)
                : store.changeStatus(code, TenantStatus.SUSPENDED, TenantStatus.ACTIVE);
        if (!changed) {
            throw new ConflictException(suspended ? "只有正常运行的站点才能暂停。" : "只有已暂停的站点才能恢复。");
        }
        directory.refresh();
        store.announceChange();
    }
}
