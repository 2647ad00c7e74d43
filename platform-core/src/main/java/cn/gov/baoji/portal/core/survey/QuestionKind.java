package cn.gov.baoji.portal.core.survey;

import java.util.Optional;

/** The kinds of survey questions. */
public enum QuestionKind {
    SINGLE("single", "单选题"),
    MULTIPLE("multiple", "多选题"),
    TEXT("text", "填空题");

    private final String key;
    private final String label;

    QuestionKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in forms and the API: {@code single}, {@code multiple}, {@code text}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean hasOptions() {
        return this != TEXT;
    }

    public static Optional<QuestionKind> fromKey(String key) {
        for (QuestionKind kind : values()) {
            if (kind.key.equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
