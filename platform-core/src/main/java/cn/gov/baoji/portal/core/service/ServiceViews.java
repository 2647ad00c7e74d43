package cn.gov.baoji.portal.core.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.stats.PendingCounts;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Views of guide pages, counted in memory and written in batches as article views are: the popular
 * items of the 办事服务 channel come from them, and a page view must not cost a database write.
 * Only views of published guides are counted, so junk addresses cannot grow the counters. Counts are
 * written every {@code portal.content.view-flush} and when the instance stops.
 */
@ApplicationScoped
public class ServiceViews {

    private record Key(String tenant, String code) {
    }

    private final PendingCounts<Key> pending = new PendingCounts<>("Guide views");
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final EntityManager em;

    ServiceViews(TenantDirectory directory, TenantScope scope, EntityManager em) {
        this.directory = directory;
        this.scope = scope;
        this.em = em;
    }

    public void count(TenantCode tenant, String itemCode) {
        pending.add(new Key(tenant.value(), itemCode));
    }

    /** Views counted but not yet written. */
    public long pending(TenantCode tenant, String itemCode) {
        return pending.pending(new Key(tenant.value(), itemCode));
    }

    @Scheduled(every = "${portal.content.view-flush:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        pending.flush((key, count) -> {
            TenantCode tenant = TenantCode.of(key.tenant());
            if (directory.findByCode(tenant).isPresent()) {
                scope.run(tenant, () -> em.createNativeQuery(
                        "UPDATE service_guide SET view_count = view_count + ?1 WHERE item_code = ?2")
                        .setParameter(1, count).setParameter(2, key.code()).executeUpdate());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        flush();
    }
}
