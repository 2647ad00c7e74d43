package cn.gov.baoji.portal.core.security;

/**
 * One role an account holds.
 *
 * @param tenant the tenant code, or null for {@link Role#CITY_ADMIN}
 * @param department for contributors the department they write for, for department reviewers the one
 *        they review for; else null
 */
public record RoleBinding(String tenant, Role role, String department) {

    /** Group path in the identity provider that grants this binding. */
    public String groupPath() {
        return role == Role.CITY_ADMIN ? AccessBindings.CITY_ADMIN_GROUP
                : AccessBindings.TENANTS_GROUP + "/" + tenant + "/" + role.key();
    }
}
