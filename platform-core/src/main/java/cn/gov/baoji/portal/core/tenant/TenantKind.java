package cn.gov.baoji.portal.core.tenant;

/** Administrative kind of a tenant: a city district (区) or a county (县). */
public enum TenantKind {
    DISTRICT("区"),
    COUNTY("县");

    private final String label;

    TenantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
