package cn.gov.baoji.portal.core.application;

import java.util.Optional;

/** The five grades of 政务服务好差评, with the score figures average over. */
public enum Satisfaction {
    VERY_SATISFIED(5, "非常满意"),
    SATISFIED(4, "满意"),
    BASICALLY_SATISFIED(3, "基本满意"),
    DISSATISFIED(2, "不满意"),
    VERY_DISSATISFIED(1, "非常不满意");

    private final int score;
    private final String label;

    Satisfaction(int score, String label) {
        this.score = score;
        this.label = label;
    }

    public int score() {
        return score;
    }

    public String label() {
        return label;
    }

    /** 满意 or better: what the satisfaction share counts. */
    public boolean satisfied() {
        return score >= SATISFIED.score;
    }

    public static Optional<Satisfaction> ofScore(int score) {
        for (Satisfaction s : values()) {
            if (s.score == score) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
