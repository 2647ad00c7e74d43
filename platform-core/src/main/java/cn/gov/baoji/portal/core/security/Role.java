package cn.gov.baoji.portal.core.security;

import java.util.Optional;

/**
 * What an account may do. All roles but {@link #CITY_ADMIN} hold for one tenant only. Within a
 * tenant, a higher role includes the lower ones: a webmaster may also edit and contribute.
 */
public enum Role {
    /** 市电子政务办: everything, in every tenant and the city console. */
    CITY_ADMIN("city-admin", "市级管理员", 4),
    /** 站点管理员: runs one county site. */
    WEBMASTER("webmaster", "站点管理员", 3),
    /** 审核员: reviews and publishes. */
    EDITOR("editor", "审核员", 2),
    /** 信息员: drafts and submits, bound to one department or township. */
    CONTRIBUTOR("contributor", "信息员", 1);

    private final String key;
    private final String label;
    private final int rank;

    Role(String key, String label, int rank) {
        this.key = key;
        this.label = label;
        this.rank = rank;
    }

    /** The name used in group paths and APIs, e.g. {@code webmaster}. */
    public String key() {
        return key;
    }

    /** The Chinese name shown to people. */
    public String label() {
        return label;
    }

    public boolean includes(Role other) {
        return rank >= other.rank;
    }

    public static Optional<Role> fromKey(String key) {
        for (Role role : values()) {
            if (role.key.equals(key)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
