package cn.gov.baoji.portal.core.inspection;

import java.util.List;

/**
 * What a rule found in one run. {@code complete} is false when the rule could not look at
 * everything (e.g. the link crawler reached its limit): then what it did not find again is kept,
 * not closed.
 */
public record RuleResult(List<Finding> findings, boolean complete) {

    public static RuleResult of(List<Finding> findings) {
        return new RuleResult(List.copyOf(findings), true);
    }
}
