package cn.gov.baoji.portal.core.service;

import java.util.Optional;

/** Who a service item is for: 个人办事 or 法人办事. */
public enum Audience {
    PERSONAL("个人办事"),
    CORPORATE("法人办事");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Audience> of(String name) {
        for (Audience a : values()) {
            if (a.name().equals(name)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
