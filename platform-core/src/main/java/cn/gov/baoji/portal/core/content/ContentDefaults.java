package cn.gov.baoji.portal.core.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner.TenantProvisioned;
import cn.gov.baoji.portal.core.tenant.TenantSchemaUpgraded;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/**
 * What a county gets when provisioned: the city catalogue exists, its departments and townships
 * are there, and (with {@code portal.tenancy.seed.demo-content}) demo articles are published.
 */
@ApplicationScoped
class ContentDefaults {

    private final CatalogueService catalogue;
    private final DemoContent demo;
    private final TenantScope scope;
    private final TenantDirectory directory;
    private final boolean demoContent;

    ContentDefaults(CatalogueService catalogue, DemoContent demo, TenantScope scope, TenantDirectory directory,
            TenancyConfig config) {
        this.catalogue = catalogue;
        this.demo = demo;
        this.scope = scope;
        this.directory = directory;
        this.demoContent = config.seed().demoContent();
    }

    void onProvisioned(@Observes TenantProvisioned event) {
        fill(event.code());
    }

    /** A county whose schema was just upgraded may predate these defaults: fill in what it lacks. */
    void onUpgraded(@Observes TenantSchemaUpgraded event) {
        fill(event.code());
    }

    private void fill(TenantCode code) {
        catalogue.seedIfEmpty();
        directory.findByCode(code).ifPresent(this::fill);
    }

    private void fill(TenantInfo tenant) {
        scope.run(tenant.code(), () -> demo.departments(tenant));
        if (demoContent) {
            scope.run(tenant.code(), () -> demo.articles(tenant));
        }
    }
}
