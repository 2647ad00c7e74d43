package cn.gov.baoji.portal.core.inspection;

/**
 * One machine-checkable item of the national inspection. Rules are beans; the {@link Inspector} runs
 * each for a county and keeps what they find.
 */
public interface InspectionRule {

    /** Stable code, stored with each finding (e.g. HOME_STALE). */
    String code();

    /** What the rule checks, in Chinese. */
    String name();

    /** The heaviest severity its findings can have. */
    Severity severity();

    /** Runs in the county's transaction; {@link #needsDatabase()} false: after it, with the snapshot only. */
    RuleResult check(InspectedCounty county);

    /** False for rules that only read the snapshot and may take long (network): they run outside the transaction. */
    default boolean needsDatabase() {
        return true;
    }
}
