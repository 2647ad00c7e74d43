package cn.gov.baoji.portal.core.service;

import java.util.Optional;

/** The kind of a service item as the national catalogue classifies it. */
public enum ServiceKind {
    LICENSING("行政许可"),
    BENEFIT("行政给付"),
    CONFIRMATION("行政确认"),
    PUBLIC_SERVICE("公共服务"),
    OTHER("其他");

    private final String label;

    ServiceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ServiceKind> of(String name) {
        for (ServiceKind k : values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
