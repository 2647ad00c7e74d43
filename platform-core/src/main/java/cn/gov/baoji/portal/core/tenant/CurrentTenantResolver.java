package cn.gov.baoji.portal.core.tenant;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;

/**
 * Tells Hibernate which schema the current request's tenant lives in. Without a tenant it names
 * an empty schema, so that a query that forgot its tenant fails instead of reading another's.
 */
@PersistenceUnitExtension
@RequestScoped
public class CurrentTenantResolver implements TenantResolver {

    private final TenantContext context;

    CurrentTenantResolver(TenantContext context) {
        this.context = context;
    }

    @Override
    public String getDefaultTenantId() {
        return TenantCode.NO_TENANT_SCHEMA;
    }

    @Override
    public String resolveTenantId() {
        return context.tenant().map(TenantInfo::schema).orElse(TenantCode.NO_TENANT_SCHEMA);
    }
}
