package cn.gov.baoji.portal.core.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.time.ChinaTime;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * 栏目点击: counts public page views in memory, per county, China day, channel and article, and
 * writes them in batches ({@code page_view_day}), so a page view never costs a database write.
 * Every instance flushes its own counts every {@code portal.stats.flush-interval} and when it stops;
 * a crash loses at most the counts of the last interval.
 * <p>
 * No count is lost to concurrency: a flush takes each counter's value with
 * {@link LongAdder#sumThenReset()} (atomic per cell), so a view counted meanwhile stays for the next
 * flush; counters are never swapped out under a request. When a county's write fails the counts
 * taken are added back and written by a later flush.
 */
@ApplicationScoped
public class PageViewCounter {

    private static final Logger LOG = Logger.getLogger(PageViewCounter.class);

    private static final String UPSERT = "INSERT INTO page_view_day (day, channel_code, article_id, human_views, bot_views)"
            + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (day, channel_code, article_id) DO UPDATE SET"
            + " human_views = page_view_day.human_views + excluded.human_views,"
            + " bot_views = page_view_day.bot_views + excluded.bot_views";

    record Key(String tenant, LocalDate day, String channel, long article) {
    }

    private static final class Counts {
        final LongAdder human = new LongAdder();
        final LongAdder bot = new LongAdder();
    }

    private record Taken(Key key, long human, long bot) {
    }

    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();
    private final Clock clock;
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final EntityManager em;
    private final boolean enabled;

    PageViewCounter(Clock clock, TenantDirectory directory, TenantScope scope, EntityManager em, StatsConfig config) {
        this.clock = clock;
        this.directory = directory;
        this.scope = scope;
        this.em = em;
        this.enabled = config.enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    /** One view of a public page of {@code tenant}, today (China date). */
    public void count(TenantCode tenant, PageViewTarget target, boolean bot) {
        if (!enabled) {
            return;
        }
        Key key = new Key(tenant.value(), LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE), target.channelCode(),
                target.articleId());
        Counts counts = pending.computeIfAbsent(key, k -> new Counts());
        (bot ? counts.bot : counts.human).increment();
    }

    /** Views of {@code tenant} counted here and not yet written (human and bot). */
    public long pending(TenantCode tenant) {
        long sum = 0;
        for (Map.Entry<Key, Counts> e : pending.entrySet()) {
            if (e.getKey().tenant().equals(tenant.value())) {
                sum += e.getValue().human.sum() + e.getValue().bot.sum();
            }
        }
        return sum;
    }

    @Scheduled(every = "${portal.stats.flush-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledFlush() {
        flush();
    }

    void onStop(@Observes ShutdownEvent event) {
        int rows = flush();
        LOG.debugf("Page views flushed on shutdown: %d rows", rows);
    }

    /**
     * Writes every count held, one transaction per county.
     *
     * @return the rows written
     */
    public synchronized int flush() {
        LocalDate stale = LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE).minusDays(2);
        Map<String, List<Taken>> byTenant = new LinkedHashMap<>();
        for (Map.Entry<Key, Counts> e : pending.entrySet()) {
            long human = e.getValue().human.sumThenReset();
            long bot = e.getValue().bot.sumThenReset();
            if (human == 0 && bot == 0) {
                // Nobody counts for a day two days gone any more: its empty counter can go.
                if (e.getKey().day().isBefore(stale)) {
                    pending.remove(e.getKey(), e.getValue());
                }
                continue;
            }
            byTenant.computeIfAbsent(e.getKey().tenant(), t -> new ArrayList<>()).add(new Taken(e.getKey(), human, bot));
        }
        int written = 0;
        for (Map.Entry<String, List<Taken>> e : byTenant.entrySet()) {
            TenantCode tenant = TenantCode.of(e.getKey());
            List<Taken> rows = e.getValue();
            if (directory.findByCode(tenant).isEmpty()) {
                LOG.warnf("Page views of tenant '%s' dropped: the tenant no longer exists (%d rows)", tenant, rows.size());
                continue;
            }
            try {
                scope.run(tenant, () -> rows.forEach(this::upsert));
                written += rows.size();
            } catch (RuntimeException ex) {
                rows.forEach(this::putBack);
                LOG.warnf("Page views of tenant '%s' could not be written (%s); %d rows kept in memory for the next flush",
                        tenant, ex.getMessage(), rows.size());
            }
        }
        return written;
    }

    private void upsert(Taken t) {
        em.createNativeQuery(UPSERT).setParameter(1, t.key().day()).setParameter(2, t.key().channel())
                .setParameter(3, t.key().article()).setParameter(4, t.human()).setParameter(5, t.bot()).executeUpdate();
    }

    private void putBack(Taken t) {
        Counts counts = pending.computeIfAbsent(t.key(), k -> new Counts());
        counts.human.add(t.human());
        counts.bot.add(t.bot());
    }
}
