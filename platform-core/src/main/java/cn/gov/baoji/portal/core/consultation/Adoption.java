package cn.gov.baoji.portal.core.consultation;

import java.util.Arrays;
import java.util.Optional;

/** What became of a comment, as the feedback tells citizens (意见采纳情况). */
public enum Adoption {
    ADOPTED("采纳"),
    PARTLY("部分采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    Adoption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Partly or not adopted: citizens are owed the reason. */
    public boolean needsReason() {
        return this != ADOPTED;
    }

    public static Optional<Adoption> parse(String value) {
        return Arrays.stream(values()).filter(a -> a.name().equals(value)).findFirst();
    }
}
