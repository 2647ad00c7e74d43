package cn.gov.baoji.portal.core.tenant;

/**
 * Immutable snapshot of a tenant's platform facts, as held by the {@link TenantDirectory}.
 */
public record TenantInfo(
        TenantCode code,
        String name,
        String siteName,
        TenantKind kind,
        String divisionCode,
        String siteIdentifier,
        TenantStatus status,
        String theme) {

    public String schema() {
        return code.schema();
    }

    public boolean isServed() {
        return status == TenantStatus.ACTIVE;
    }
}
