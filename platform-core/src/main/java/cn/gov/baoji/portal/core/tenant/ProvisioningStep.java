package cn.gov.baoji.portal.core.tenant;

/** The steps of provisioning a county, in the order they run. */
public enum ProvisioningStep {
    /** Registers the county (status PROVISIONING). */
    SCHEMA,
    /** Creates and migrates the county's schema. */
    MIGRATIONS,
    /** Site settings, channels, departments (and demo content where configured). */
    DEFAULTS,
    /** Identity: no work of this module; {@link ProvisioningSteps} of the identity side add theirs here. */
    ACCOUNTS,
    /** Binds the hosts and opens the site. */
    DOMAINS
}
