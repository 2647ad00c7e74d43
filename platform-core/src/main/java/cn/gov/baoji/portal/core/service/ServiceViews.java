package cn.gov.baoji.portal.core.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import io.quarkus.scheduler.Scheduled;

/**
 * Views of guide pages, counted in memory and written in batches as article views are: the popular
 * items of the 办事服务 channel come from them, and a page view must not cost a database write.
 * Only views of published guides are counted, so junk addresses cannot grow the counters.
 */
@ApplicationScoped
public class ServiceViews {

    private static final Logger LOG = Logger.getLogger(ServiceViews.class);

    private record Key(String tenant, String code) {
    }

    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final EntityManager em;

    ServiceViews(TenantDirectory directory, TenantScope scope, EntityManager em) {
        this.directory = directory;
        this.scope = scope;
        this.em = em;
    }

    public void count(TenantCode tenant, String itemCode) {
        pending.computeIfAbsent(new Key(tenant.value(), itemCode), k -> new LongAdder()).increment();
    }

    /** Views counted but not yet written. */
    public long pending(TenantCode tenant, String itemCode) {
        LongAdder adder = pending.get(new Key(tenant.value(), itemCode));
        return adder == null ? 0 : adder.sum();
    }

    @Scheduled(every = "${portal.content.view-flush:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            LongAdder adder = pending.remove(key);
            long count = adder == null ? 0 : adder.sum();
            if (count == 0 || directory.findByCode(TenantCode.of(key.tenant())).isEmpty()) {
                continue;
            }
            try {
                scope.run(TenantCode.of(key.tenant()), () -> em.createNativeQuery(
                        "UPDATE service_guide SET view_count = view_count + ?1 WHERE item_code = ?2")
                        .setParameter(1, count).setParameter(2, key.code()).executeUpdate());
            } catch (RuntimeException e) {
                LOG.warnf("Guide view counts of tenant '%s' could not be written (%s); %d views lost", key.tenant(),
                        e.getMessage(), count);
            }
        }
    }
}
