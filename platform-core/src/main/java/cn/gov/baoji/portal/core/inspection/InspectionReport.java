package cn.gov.baoji.portal.core.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.inspection.InspectionViews.RuleCount;
import cn.gov.baoji.portal.core.inspection.InspectionViews.RunView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Summary;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * Reads the current county's findings (the tenant of the request, or of a {@code TenantScope}): never
 * another county's, whatever a caller passes.
 */
@ApplicationScoped
public class InspectionReport {

    /** Findings shown in the history at most. */
    public static final int HISTORY_LIMIT = 500;

    private final EntityManager em;
    private final TenantContext context;
    private final Map<String, InspectionRule> rules;

    InspectionReport(EntityManager em, TenantContext context, Inspector inspector) {
        this.em = em;
        this.context = context;
        this.rules = inspector.rules().stream().collect(Collectors.toMap(InspectionRule::code, r -> r,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The open findings, heaviest first, and the summary. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview(String rule) {
        if (rule != null && !rule.isBlank() && !rules.containsKey(rule)) {
            throw new NotFoundException("没有这条自查规则。");
        }
        List<FindingView> open = open().stream()
                .filter(f -> rule == null || rule.isBlank() || f.rule().equals(rule)).toList();
        return new Overview(summary(), open);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Summary summary() {
        TenantInfo tenant = context.require();
        List<FindingView> open = open();
        List<RuleCount> counts = new ArrayList<>();
        for (InspectionRule r : rules.values()) {
            List<FindingView> mine = open.stream().filter(f -> f.rule().equals(r.code())).toList();
            counts.add(new RuleCount(r.code(), r.name(), r.severity().name(), r.severity().label(), mine.size(),
                    (int) mine.stream().filter(FindingView::veto).count()));
        }
        return new Summary(tenant.code().value(), tenant.siteName(), open.size(),
                (int) open.stream().filter(FindingView::veto).count(), counts, lastRun().orElse(null));
    }

    /** Every finding, open and closed, the latest change first: when each appeared and when it went. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FindingView> history() {
        return em.createQuery("FROM InspectionFinding f ORDER BY coalesce(f.resolvedAt, f.firstSeenAt) DESC, f.id DESC",
                InspectionFinding.class).setMaxResults(HISTORY_LIMIT).getResultStream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RunView> lastRun() {
        return em.createQuery("FROM InspectionRun r ORDER BY r.finishedAt DESC, r.id DESC", InspectionRun.class)
                .setMaxResults(1).getResultStream().findFirst().map(RunView::of);
    }

    private List<FindingView> open() {
        return em.createQuery("FROM InspectionFinding f WHERE f.resolvedAt IS NULL ORDER BY f.firstSeenAt, f.id",
                InspectionFinding.class).getResultStream().map(this::view)
                .sorted(java.util.Comparator.comparing((FindingView f) -> Severity.valueOf(f.severity()).ordinal())
                        .thenComparing(f -> InspectionRules.order(f.rule())))
                .toList();
    }

    private FindingView view(InspectionFinding f) {
        InspectionRule r = rules.get(f.ruleCode);
        return FindingView.of(f, r == null ? f.ruleCode : r.name());
    }
}
