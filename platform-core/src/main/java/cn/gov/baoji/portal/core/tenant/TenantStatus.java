package cn.gov.baoji.portal.core.tenant;

/** Lifecycle of a tenant site. */
public enum TenantStatus {
    /** Being created; its site is not served yet. */
    PROVISIONING,
    /** Served to citizens. */
    ACTIVE,
    /** Taken offline by the city office; citizens see a maintenance page. */
    SUSPENDED
}
