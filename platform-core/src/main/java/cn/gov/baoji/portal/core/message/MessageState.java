package cn.gov.baoji.portal.core.message;

import java.util.Optional;

/** Where a message stands; the label is what the citizen and the back office read. */
public enum MessageState {
    /** Received, waiting for the county editor to accept and route it. */
    RECEIVED("待受理"),
    /** Routed to a department, which is working on the reply. */
    ACCEPTED("办理中"),
    /** The department's reply waits for the county editor's approval. */
    DRAFTED("待审核"),
    REPLIED("已答复"),
    /** Refused as invalid; the reason is shown on lookup. */
    REJECTED("不予受理");

    private final String label;

    MessageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the citizen is still waiting for an answer (a reply or a rejection). */
    public boolean isOpen() {
        return this != REPLIED && this != REJECTED;
    }

    /** The state as the public API writes it, e.g. {@code replied}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<MessageState> fromKey(String key) {
        for (MessageState state : values()) {
            if (state.key().equals(key)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
