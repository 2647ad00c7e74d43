package cn.gov.baoji.portal.core.content;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.tenant.TenancyConfig;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner.TenantProvisioned;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.runtime.StartupEvent;

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
        catalogue.seedIfEmpty();
        directory.findByCode(event.code()).ifPresent(this::fill);
    }

    /** After the tenant schemas are migrated: counties that predate this feature get their defaults too. */
    void onStart(@Observes @Priority(20) StartupEvent event) {
        catalogue.seedIfEmpty();
        directory.all().forEach(this::fill);
    }

    private void fill(TenantInfo tenant) {
        scope.run(tenant.code(), () -> demo.departments(tenant));
        if (demoContent) {
            scope.run(tenant.code(), () -> demo.articles(tenant));
        }
    }
}
