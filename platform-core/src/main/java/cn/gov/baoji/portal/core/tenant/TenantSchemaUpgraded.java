package cn.gov.baoji.portal.core.tenant;

/** Fired at start for each tenant whose schema was just migrated to a newer changelog. */
public record TenantSchemaUpgraded(TenantCode code) {
}
