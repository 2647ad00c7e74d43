package cn.gov.baoji.portal.core.inspection;

import java.time.OffsetDateTime;
import java.util.List;

/** What the back office, the console, the APIs and the e-mail show of the self-inspection. */
public final class InspectionViews {

    private InspectionViews() {
    }

    /**
     * One finding. {@code resolvedAt} null: still open. {@code adminUrl} is where to fix it in the
     * county's back office, {@code publicUrl} where citizens see the place.
     */
    public record FindingView(long id, String rule, String ruleName, String severity, String severityLabel,
            boolean veto, String title, String detail, String publicUrl, String adminUrl, String department,
            String advice, OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt, OffsetDateTime resolvedAt) {

        static FindingView of(InspectionFinding f, String ruleName) {
            return new FindingView(f.getId(), f.ruleCode, ruleName, f.severity.name(), f.severity.label(),
                    f.severity == Severity.VETO, f.title, f.detail, f.publicUrl, f.adminUrl, f.department, f.advice,
                    f.firstSeenAt, f.lastSeenAt, f.resolvedAt);
        }
    }

    /** A rule and how many open findings it has now. */
    public record RuleCount(String code, String name, String severity, String severityLabel, int open, int veto) {
    }

    /** The last run; null fields when the county was never inspected. */
    public record RunView(long id, OffsetDateTime startedAt, OffsetDateTime finishedAt, String trigger,
            String triggerLabel, String triggeredBy, int open, int veto, int appeared, int resolved) {

        static RunView of(InspectionRun r) {
            return new RunView(r.getId(), r.getStartedAt(), r.getFinishedAt(), r.getTrigger(),
                    "SCHEDULE".equals(r.getTrigger()) ? "定时自查" : "手动自查", r.getTriggeredBy(), r.getOpenFindings(),
                    r.getVetoFindings(), r.getAppeared(), r.getResolved());
        }
    }

    /** A county's state at a glance: open findings, single-veto risks, per rule, and the last run. */
    public record Summary(String county, String siteName, int open, int veto, List<RuleCount> rules, RunView lastRun) {
    }

    /** Everything the county's 网站自查 page shows. */
    public record Overview(Summary summary, List<FindingView> findings) {
    }
}
