package cn.gov.baoji.portal.core.application;

import java.util.List;
import java.util.Optional;

/** Where an application stands, with the API value and the label citizens and officers read. */
public enum ApplicationState {
    SUBMITTED("submitted", "待受理"),
    ACCEPTED("accepted", "办理中"),
    AWAITING_MATERIAL("material", "待补正材料"),
    APPROVED("approved", "已办结（准予办理）"),
    REFUSED("refused", "已办结（不予办理）");

    /** Not yet decided: the time limit applies. */
    public static final List<ApplicationState> OPEN = List.of(SUBMITTED, ACCEPTED, AWAITING_MATERIAL);

    private final String key;
    private final String label;

    ApplicationState(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public static Optional<ApplicationState> fromKey(String key) {
        for (ApplicationState s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
