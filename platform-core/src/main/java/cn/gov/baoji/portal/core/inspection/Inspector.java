package cn.gov.baoji.portal.core.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublishedArticle;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.ChannelFacts;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublicAddresses;
import cn.gov.baoji.portal.core.inspection.InspectedCounty.PublishedDoc;
import cn.gov.baoji.portal.core.site.Channel;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Runs every inspection rule for one county and keeps the findings: a finding found again stays open
 * (its first-seen time kept), one no longer found is closed, a new one is opened. Rules that need the
 * network run between two short transactions, never inside one.
 */
@ApplicationScoped
public class Inspector {

    private static final Logger LOG = Logger.getLogger(Inspector.class);

    /** Why a run happened. */
    public enum Trigger {
        SCHEDULE, ON_DEMAND
    }

    /** What one run changed. */
    public record RunSummary(String county, long runId, int open, int veto, int appeared, int resolved,
            List<String> failedRules) {
    }

    private final List<InspectionRule> rules;
    private final TenantScope scope;
    private final TenantContext context;
    private final TenantStore store;
    private final EntityManager em;
    private final DepartmentService departments;
    private final Clock clock;
    /** One run of a county at a time on this instance, whoever asks (schedule, webmaster, city). */
    private final Map<String, ReentrantLock> runs = new ConcurrentHashMap<>();

    Inspector(Instance<InspectionRule> rules, TenantScope scope, TenantContext context, TenantStore store,
            EntityManager em, DepartmentService departments, Clock clock) {
        this.rules = rules.stream().sorted(Comparator.comparing(r -> InspectionRules.order(r.code()))).toList();
        this.scope = scope;
        this.context = context;
        this.store = store;
        this.em = em;
        this.departments = departments;
        this.clock = clock;
    }

    public List<InspectionRule> rules() {
        return rules;
    }

    /**
     * Inspects {@code code} now, after any run of it already under way on this instance; {@code by} is who
     * asked (a person's name, or 系统 for the schedule).
     */
    public RunSummary run(TenantCode code, Trigger trigger, String by) {
        // A second run of the same county waits for the first instead of checking the same links beside it;
        // it then runs on the first one's remembered link answers, so it costs little.
        ReentrantLock lock = runs.computeIfAbsent(code.value(), c -> new ReentrantLock());
        lock.lock();
        try {
            return runAlone(code, trigger, by);
        } finally {
            lock.unlock();
        }
    }

    private RunSummary runAlone(TenantCode code, Trigger trigger, String by) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        Map<String, RuleResult> results = new LinkedHashMap<>();
        Set<String> failed = new HashSet<>();
        InspectedCounty county = scope.call(code, () -> {
            InspectedCounty c = load();
            for (InspectionRule rule : rules) {
                if (rule.needsDatabase()) {
                    apply(code, rule, c, results, failed);
                }
            }
            return c;
        });
        for (InspectionRule rule : rules) {
            if (!rule.needsDatabase()) {
                apply(code, rule, county, results, failed);
            }
        }
        return scope.call(code, () -> keep(code, results, failed, started, trigger, by));
    }

    private static void apply(TenantCode code, InspectionRule rule, InspectedCounty county, Map<String, RuleResult> results,
            Set<String> failed) {
        try {
            results.put(rule.code(), rule.check(county));
        } catch (RuntimeException e) {
            failed.add(rule.code());
            LOG.errorf(e, "Inspection rule %s failed for county '%s'; its earlier findings stay open until a run succeeds",
                    rule.code(), code);
        }
    }

    private RunSummary keep(TenantCode code, Map<String, RuleResult> results, Set<String> failed,
            OffsetDateTime started, Trigger trigger, String by) {
        // One keeper per county at a time (a scheduled and an on-demand run may overlap): they take turns.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(1768846192, hashtext(current_schema()))").getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, InspectionFinding> open = em.createQuery("FROM InspectionFinding f WHERE f.resolvedAt IS NULL",
                InspectionFinding.class).getResultStream().collect(Collectors.toMap(f -> key(f.ruleCode, f.itemKey), f -> f));
        int appeared = 0;
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, RuleResult> result : results.entrySet()) {
            for (Finding f : result.getValue().findings()) {
                String key = key(result.getKey(), InspectionFinding.storedKey(f.itemKey()));
                if (!seen.add(key)) {
                    continue;
                }
                InspectionFinding existing = open.get(key);
                if (existing != null) {
                    existing.update(f, now);
                } else {
                    em.persist(new InspectionFinding(result.getKey(), f, now));
                    appeared++;
                }
            }
        }
        int resolved = 0;
        for (Map.Entry<String, InspectionFinding> e : open.entrySet()) {
            InspectionFinding f = e.getValue();
            RuleResult result = results.get(f.ruleCode);
            // A rule that failed or could not look at everything closes nothing it did not see.
            if (seen.contains(e.getKey()) || result == null || failed.contains(f.ruleCode) || !result.complete()) {
                continue;
            }
            f.resolvedAt = now;
            resolved++;
        }
        InspectionRun run = new InspectionRun(started, trigger.name(), by);
        run.finishedAt = now;
        run.appeared = appeared;
        run.resolved = resolved;
        em.persist(run);
        em.flush();
        List<InspectionFinding> stillOpen = em.createQuery("FROM InspectionFinding f WHERE f.resolvedAt IS NULL",
                InspectionFinding.class).getResultList();
        run.openFindings = stillOpen.size();
        run.vetoFindings = (int) stillOpen.stream().filter(f -> f.severity == Severity.VETO).count();
        LOG.infof("Inspected county '%s' (%s): %d open, %d single-veto risks, %d new, %d resolved", code, trigger,
                run.openFindings, run.vetoFindings, appeared, resolved);
        return new RunSummary(code.value(), run.getId(), run.openFindings, run.vetoFindings, appeared, resolved,
                List.copyOf(failed));
    }

    private static String key(String rule, String item) {
        return rule + "\u0000" + item;
    }

    private InspectedCounty load() {
        TenantInfo tenant = context.require();
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        List<Channel> all = em.createQuery("FROM Channel c ORDER BY c.sortOrder, c.id", Channel.class).getResultList();
        Set<Long> parents = all.stream().filter(c -> c.isVisible() && c.getParentId() != null).map(Channel::getParentId)
                .collect(Collectors.toSet());
        List<ChannelFacts> channels = all.stream().filter(Channel::isVisible)
                .map(c -> new ChannelFacts(c.getId(), c.getParentId(), c.getCode(), c.getName(), c.getUpdateEveryDays(),
                        parents.contains(c.getId())))
                .toList();
        List<PublishedDoc> published = em.createQuery("FROM PublishedArticle p ORDER BY p.publishedAt DESC",
                PublishedArticle.class).getResultStream()
                .map(p -> new PublishedDoc(p.getArticleId(), p.getChannelId(), p.getDepartmentId(), p.getTitle(),
                        p.getBodyHtml(), p.getPublishedAt(), p.getUpdatedAt()))
                .toList();
        List<Department> deps = departments.all();
        Map<Long, String> names = new HashMap<>();
        deps.forEach(d -> names.put(d.getId(), d.getName()));
        Set<Long> attachments = Set.copyOf(em.createQuery("SELECT a.id FROM Attachment a WHERE a.publishedInRevision IS NOT NULL"
                + " AND a.articleId IN (SELECT p.articleId FROM PublishedArticle p)", Long.class).getResultList());
        Set<String> guides = Set.copyOf(em.createQuery("SELECT g.itemCode FROM ServiceGuide g WHERE g.published = true",
                String.class).getResultList());
        Set<String> hosts = store.find(tenant.code()).map(r -> r.domains().stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())).orElse(Set.of());
        PublicAddresses addresses = new PublicAddresses(hosts,
                published.stream().map(PublishedDoc::articleId).collect(Collectors.toSet()), attachments,
                channels.stream().map(ChannelFacts::code).collect(Collectors.toSet()), guides,
                deps.stream().filter(Department::isVisible).map(Department::getCode).collect(Collectors.toSet()));
        return new InspectedCounty(tenant, now, today, channels, published, names, addresses);
    }
}
