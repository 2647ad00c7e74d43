package cn.gov.baoji.portal.core.content;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.stats.PendingCounts;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.runtime.ShutdownEvent;
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

    private final PendingCounts<ViewKey> pendingViews = new PendingCounts<>("Article views");
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
        pendingViews.add(new ViewKey(tenant.value(), articleId));
    }

    /** Views counted but not yet written. */
    public long pendingViews(TenantCode tenant, long articleId) {
        return pendingViews.pending(new ViewKey(tenant.value(), articleId));
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
        pendingViews.flush((key, count) -> {
            TenantCode tenant = TenantCode.of(key.tenant());
            if (directory.findByCode(tenant).isPresent()) {
                scope.run(tenant, () -> em.createQuery("UPDATE Article SET viewCount = viewCount + :n WHERE id = :id")
                        .setParameter("n", count).setParameter("id", key.articleId()).executeUpdate());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        flushViews();
    }
}
