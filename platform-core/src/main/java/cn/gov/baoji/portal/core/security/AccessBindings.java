package cn.gov.baoji.portal.core.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * The (tenant, role) pairs of one caller, read from the token's claims. This is the only place
 * that turns identity-provider data into permissions; everything else asks it.
 * <p>
 * Claims: {@code groups} holds group paths, {@code /city-admin} or {@code /tenants/<code>/<role>};
 * {@code departments} holds {@code <code>:<department code>}: the department a contributor writes
 * for, or the one an editor reviews for (部门审核员; an editor without it reviews for the county).
 * Anything else in them
 * grants nothing.
 */
public final class AccessBindings {

    public static final String CITY_ADMIN_GROUP = "/city-admin";
    public static final String TENANTS_GROUP = "/tenants";

    private static final AccessBindings NONE = new AccessBindings(List.of());

    private final List<RoleBinding> bindings;

    private AccessBindings(List<RoleBinding> bindings) {
        this.bindings = List.copyOf(bindings);
    }

    public static AccessBindings none() {
        return NONE;
    }

    public static AccessBindings fromClaims(Collection<String> groups, Collection<String> departments) {
        if (groups == null || groups.isEmpty()) {
            return NONE;
        }
        Map<String, String> departmentByTenant = new HashMap<>();
        if (departments != null) {
            for (String value : departments) {
                int colon = value == null ? -1 : value.indexOf(':');
                if (colon > 0 && TenantCode.isValid(value.substring(0, colon)) && colon < value.length() - 1) {
                    departmentByTenant.put(value.substring(0, colon), value.substring(colon + 1));
                }
            }
        }
        List<RoleBinding> result = new ArrayList<>();
        for (String group : groups) {
            parse(group, departmentByTenant).filter(b -> !result.contains(b)).ifPresent(result::add);
        }
        return new AccessBindings(result);
    }

    private static Optional<RoleBinding> parse(String group, Map<String, String> departmentByTenant) {
        if (CITY_ADMIN_GROUP.equals(group)) {
            return Optional.of(new RoleBinding(null, Role.CITY_ADMIN, null));
        }
        if (group == null || !group.startsWith(TENANTS_GROUP + "/")) {
            return Optional.empty();
        }
        String[] parts = group.substring(TENANTS_GROUP.length() + 1).split("/", -1);
        if (parts.length != 2 || !TenantCode.isValid(parts[0])) {
            return Optional.empty();
        }
        return Role.fromKey(parts[1])
                .filter(role -> role != Role.CITY_ADMIN)
                .map(role -> new RoleBinding(parts[0], role,
                        role == Role.CONTRIBUTOR || role == Role.EDITOR ? departmentByTenant.get(parts[0]) : null));
    }

    public List<RoleBinding> all() {
        return bindings;
    }

    public boolean isEmpty() {
        return bindings.isEmpty();
    }

    public boolean isCityAdmin() {
        return bindings.stream().anyMatch(b -> b.role() == Role.CITY_ADMIN);
    }

    /** Whether the caller holds {@code needed} (or a role that includes it) in {@code tenant}. */
    public boolean allows(TenantCode tenant, Role needed) {
        if (isCityAdmin()) {
            return true;
        }
        if (needed == Role.CITY_ADMIN) {
            return false;
        }
        return bindings.stream()
                .anyMatch(b -> tenant.value().equals(b.tenant()) && b.role().includes(needed));
    }

    /** The caller's highest role in {@code tenant}, if any. */
    public Optional<Role> highestRoleIn(TenantCode tenant) {
        if (isCityAdmin()) {
            return Optional.of(Role.CITY_ADMIN);
        }
        return bindings.stream()
                .filter(b -> tenant.value().equals(b.tenant()))
                .map(RoleBinding::role)
                .reduce((a, b) -> a.includes(b) ? a : b);
    }

    /** The department a contributor writes for, or a department reviewer reviews for, in {@code tenant}. */
    public Optional<String> departmentIn(TenantCode tenant) {
        return bindings.stream()
                .filter(b -> tenant.value().equals(b.tenant()) && b.department() != null)
                .map(RoleBinding::department)
                .findFirst();
    }
}
