package cn.gov.baoji.portal.core.content;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.scheduler.Scheduled;

/**
 * Background work over every tenant: scheduled publication, and view counts gathered in memory and
 * written in batches (a page view must not cost a database write).
 */
@ApplicationScoped
public class ContentJobs {

    private static final Logger LOG = Logger.getLogger(ContentJobs.class);

    private record ViewKey(String tenant, long articleId) {
    }

    private final Map<ViewKey, LongAdder> pendingViews = new ConcurrentHashMap<>();
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final ArticleWorkflow workflow;
    private final EntityManager em;

    ContentJobs(TenantDirectory directory, TenantScope scope, ArticleWorkflow workflow, EntityManager em) {
        this.directory = directory;
        this.scope = scope;
        this.workflow = workflow;
        this.em = em;
    }

    public void countView(TenantCode tenant, long articleId) {
        pendingViews.computeIfAbsent(new ViewKey(tenant.value(), articleId), k -> new LongAdder()).increment();
    }

    /** Views counted but not yet written. */
    public long pendingViews(TenantCode tenant, long articleId) {
        LongAdder adder = pendingViews.get(new ViewKey(tenant.value(), articleId));
        return adder == null ? 0 : adder.sum();
    }

    @Scheduled(every = "${portal.content.publish-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void publishDue() {
        for (TenantInfo tenant : List.copyOf(directory.all())) {
            List<Long> due;
            try {
                due = scope.call(tenant.code(), workflow::dueForPublication);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Scheduled articles of tenant '%s' could not be read; retried at the next run", tenant.code());
                continue;
            }
            for (Long id : due) {
                try {
                    if (scope.call(tenant.code(), () -> workflow.publishIfDue(id))) {
                        LOG.infof("Published scheduled article %d of tenant '%s'", id, tenant.code());
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Scheduled article %d of tenant '%s' could not be published; retried at the next run",
                            id, tenant.code());
                }
            }
        }
    }

    @Scheduled(every = "${portal.content.view-flush:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flushViews() {
        for (ViewKey key : List.copyOf(pendingViews.keySet())) {
            LongAdder adder = pendingViews.get(key);
            // Reset in place: views counted meanwhile stay in the adder for the next flush.
            long count = adder == null ? 0 : adder.sumThenReset();
            if (count == 0 || directory.findByCode(TenantCode.of(key.tenant())).isEmpty()) {
                continue;
            }
            try {
                scope.run(TenantCode.of(key.tenant()), () -> em.createQuery(
                        "UPDATE Article SET viewCount = viewCount + :n WHERE id = :id")
                        .setParameter("n", count).setParameter("id", key.articleId()).executeUpdate());
            } catch (RuntimeException e) {
                LOG.warnf("View counts of tenant '%s' could not be written (%s); %d views lost", key.tenant(),
                        e.getMessage(), count);
            }
        }
    }
}
