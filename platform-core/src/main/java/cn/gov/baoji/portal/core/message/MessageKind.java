package cn.gov.baoji.portal.core.message;

import java.util.Optional;

/** What a citizen's message is: the API value and the label citizens read. */
public enum MessageKind {
    CONSULT("consult", "咨询"),
    SUGGEST("suggest", "建议"),
    COMPLAIN("complain", "投诉"),
    REPORT("report", "举报"),
    HELP("help", "求助");

    private final String key;
    private final String label;

    MessageKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value in the public API and in forms, e.g. {@code consult}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Optional<MessageKind> fromKey(String key) {
        for (MessageKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
