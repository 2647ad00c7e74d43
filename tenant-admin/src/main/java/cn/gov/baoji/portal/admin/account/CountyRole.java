package cn.gov.baoji.portal.admin.account;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import cn.gov.baoji.portal.core.security.Role;

/** The kinds of county account a webmaster manages, as county staff name them. */
public enum CountyRole {
    /** 信息员: writes for one department or township. */
    CONTRIBUTOR("contributor", "信息员", Role.CONTRIBUTOR, true),
    /** 部门审核员: an editor bound to a department, the first of two review levels. */
    REVIEWER("reviewer", "部门审核员", Role.EDITOR, true),
    /** 审核员 of the county: reviews the last level and publishes. */
    EDITOR("editor", "审核员", Role.EDITOR, false);

    private final String key;
    private final String label;
    private final Role role;
    private final boolean department;

    CountyRole(String key, String label, Role role, boolean department) {
        this.key = key;
        this.label = label;
        this.role = role;
        this.department = department;
    }

    /** The name in forms, filters and JSON, e.g. {@code reviewer}. */
    @JsonValue
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    Role role() {
        return role;
    }

    /** Whether accounts of this kind are bound to a department or township. */
    public boolean hasDepartment() {
        return department;
    }

    public static Optional<CountyRole> fromKey(String key) {
        for (CountyRole r : values()) {
            if (r.key.equals(key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static CountyRole of(Role role, String department) {
        if (role == Role.CONTRIBUTOR) {
            return CONTRIBUTOR;
        }
        return department == null ? EDITOR : REVIEWER;
    }
}
