package cn.gov.baoji.portal.core.consultation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.scheduler.Scheduled;

/**
 * A consultation opens and closes with time, not with anyone's action, yet cached pages must
 * show it (the form, "征集已结束"): when an opening or a deadline has passed since the last run, the
 * county's public content version moves, as publishing does.
 */
@ApplicationScoped
public class ConsultationJobs {

    private static final Logger LOG = Logger.getLogger(ConsultationJobs.class);

    private final TenantDirectory directory;
    private final TenantScope scope;
    private final EntityManager em;
    private final PublicContentVersion publicVersion;
    private final Clock clock;
    private final AtomicReference<Instant> lastRun = new AtomicReference<>();

    ConsultationJobs(TenantDirectory directory, TenantScope scope, EntityManager em, PublicContentVersion publicVersion,
            Clock clock) {
        this.directory = directory;
        this.scope = scope;
        this.em = em;
        this.publicVersion = publicVersion;
        this.clock = clock;
    }

    @Scheduled(every = "${portal.consultation.time-check:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refreshPagesAtOpeningsAndDeadlines() {
        Instant now = clock.instant();
        Instant since = lastRun.getAndSet(now);
        if (since == null) {
            // First run: the caches are younger than this instance; a minute back covers their maximum age.
            since = now.minusSeconds(60);
        }
        if (!now.isAfter(since)) {
            return;
        }
        OffsetDateTime from = OffsetDateTime.ofInstant(since, Texts.CHINA);
        OffsetDateTime to = OffsetDateTime.ofInstant(now, Texts.CHINA);
        for (TenantInfo tenant : List.copyOf(directory.all())) {
            try {
                scope.run(tenant.code(), () -> {
                    long crossed = em.createQuery("SELECT count(c) FROM Consultation c WHERE c.state = :published AND"
                            + " ((c.opensAt > :from AND c.opensAt <= :to) OR (c.deadline > :from AND c.deadline <= :to))",
                            Long.class).setParameter("published", ConsultationState.PUBLISHED)
                            .setParameter("from", from).setParameter("to", to).getSingleResult();
                    if (crossed > 0) {
                        publicVersion.changed();
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf("Consultation openings and deadlines of tenant '%s' could not be checked (%s); its cached "
                        + "pages show the change within the cache's maximum age", tenant.code(), e.getMessage());
            }
        }
    }
}
