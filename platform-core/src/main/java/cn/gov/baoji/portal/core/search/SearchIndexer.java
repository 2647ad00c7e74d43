package cn.gov.baoji.portal.core.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantStatus;

/**
 * Keeps this instance's index in step with PostgreSQL. On every change notice of a county (from any
 * instance) it compares the county's public items with what the index holds, by stamp, and applies the
 * difference: new and changed items are (re)indexed, items no longer public removed. The same comparison
 * at start and after a reconnect repairs an index that is missing or behind. A rebuild replaces one
 * county's entries (or every county's, one after the other) while searches go on.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final SearchDocuments documents;
    private final TenantDirectory directory;
    private final Clock clock;
    private final Map<String, Map<String, String>> indexed = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Set<String> pendingSweep = ConcurrentHashMap.newKeySet();
    private final Set<String> deferred = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });
    // Comparing every county (at start, after a reconnect, each minute) must not hold up fresh notices.
    private final ExecutorService sweeper = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-index-sweep");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-rebuild");
        t.setDaemon(true);
        return t;
    });
    private volatile RebuildProgress progress = RebuildProgress.idle();

    SearchIndexer(SearchIndex index, SearchDocuments documents, TenantDirectory directory, Clock clock) {
        this.index = index;
        this.documents = documents;
        this.directory = directory;
        this.clock = clock;
    }

    /** A change notice: a county code, or anything else for "every county". */
    public void noticed(String payload) {
        if (TenantCode.isValid(payload)) {
            schedule(payload);
        } else {
            scheduleAll();
        }
    }

    /** Compares every county (notices may have been missed). */
    public void scheduleAll() {
        // A county being provisioned may not have its tables yet; it is compared at the first sweep after it opens.
        // Suspended counties stay indexed (the search leaves them out), so reinstating one needs no reindexing.
        directory.all().stream().filter(t -> t.status() != TenantStatus.PROVISIONING).forEach(t -> sweep(t.code().value()));
        // Counties no longer on the platform: their entries go.
        index.tenants().stream().filter(t -> !TenantCode.isValid(t) || directory.findByCode(TenantCode.of(t)).isEmpty())
                .forEach(this::sweep);
    }

    private void sweep(String tenantCode) {
        if (pendingSweep.add(tenantCode)) {
            sweeper.execute(() -> {
                pendingSweep.remove(tenantCode);
                try {
                    sync(tenantCode);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Search index of county '%s' could not be compared with the database; retried within a "
                            + "minute", tenantCode);
                }
            });
        }
    }

    void schedule(String tenantCode) {
        if (pending.add(tenantCode)) {
            workers.execute(() -> {
                pending.remove(tenantCode);
                try {
                    sync(tenantCode);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Search index of county '%s' could not be updated; it is compared again at the next "
                            + "change or within a minute", tenantCode);
                }
            });
        }
    }

    /** Brings one county's entries in line with PostgreSQL now; returns how many entries changed. */
    public int sync(String tenantCode) {
        ReentrantLock lock = lock(tenantCode);
        if (!lock.tryLock()) {
            // Another comparison or a rebuild of this county is under way: compare again when it ends,
            // rather than hold up a worker (and other counties' changes) behind it.
            deferred.add(tenantCode);
            if (!lock.isLocked() && deferred.remove(tenantCode)) {
                // It ended just now, before it could see the mark.
                schedule(tenantCode);
            }
            return 0;
        }
        try {
            if (!TenantCode.isValid(tenantCode) || directory.findByCode(TenantCode.of(tenantCode)).isEmpty()) {
                index.deleteTenant(tenantCode);
                indexed.remove(tenantCode);
                return 0;
            }
            Map<String, String> known = indexed.computeIfAbsent(tenantCode, t -> new ConcurrentHashMap<>(index.stamps(t)));
            Map<String, String> current = documents.stamps(tenantCode);
            List<String> changed = new ArrayList<>();
            current.forEach((id, stamp) -> {
                if (!Objects.equals(known.get(id), stamp)) {
                    changed.add(id);
                }
            });
            Set<String> removed = new HashSet<>(known.keySet());
            removed.removeAll(current.keySet());
            if (changed.isEmpty() && removed.isEmpty()) {
                return 0;
            }
            long start = System.nanoTime();
            List<SearchDocument> docs = documents.load(tenantCode, changed);
            Set<String> loaded = new HashSet<>();
            docs.forEach(d -> loaded.add(d.id()));
            // Gone between the two reads: no longer public.
            changed.stream().filter(id -> !loaded.contains(id) && known.containsKey(id)).forEach(removed::add);
            index.apply(tenantCode, docs, removed);
            docs.forEach(d -> known.put(d.id(), d.stamp()));
            removed.forEach(known::remove);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 1_000) {
                LOG.warnf("Search index of county '%s' took %d ms for %d updated and %d removed entries; changes show late",
                        tenantCode, millis, docs.size(), removed.size());
            } else {
                LOG.debugf("Search index of county '%s': %d updated, %d removed in %d ms", tenantCode, docs.size(),
                        removed.size(), millis);
            }
            return docs.size() + removed.size();
        } finally {
            lock.unlock();
            if (deferred.remove(tenantCode)) {
                schedule(tenantCode);
            }
        }
    }

    /** Starts rebuilding one county ({@code county} given) or all; refused while a rebuild runs. */
    public synchronized RebuildProgress rebuild(String county) {
        if (progress.running()) {
            throw new ConflictException("索引重建正在进行，请等它完成后再试");
        }
        List<String> counties = new ArrayList<>();
        if (county != null) {
            TenantInfo tenant = TenantCode.isValid(county) ? directory.findByCode(TenantCode.of(county))
                    .filter(t -> t.status() != TenantStatus.PROVISIONING).orElse(null) : null;
            if (tenant == null) {
                throw new NotFoundException("站点不存在：" + county);
            }
            counties.add(tenant.code().value());
        } else {
            // A county being provisioned may have no tables yet: reading it would stop the rebuild of the rest.
            directory.all().stream().filter(t -> t.status() != TenantStatus.PROVISIONING)
                    .forEach(t -> counties.add(t.code().value()));
        }
        progress = new RebuildProgress(true, county, 0, counties.size(), 0, null, OffsetDateTime.now(clock), null, null);
        rebuilder.execute(() -> rebuildAll(county, counties));
        return progress;
    }

    public RebuildProgress progress() {
        return progress;
    }

    private void rebuildAll(String county, List<String> counties) {
        AtomicLong count = new AtomicLong();
        OffsetDateTime started = progress.startedAt();
        int done = 0;
        try {
            for (String tenant : counties) {
                progress = new RebuildProgress(true, county, done, counties.size(), count.get(), tenant, started, null, null);
                ReentrantLock lock = lock(tenant);
                lock.lock();
                try {
                    Map<String, String> stamps = new HashMap<>();
                    index.replaceTenant(tenant, documents.all(tenant).peek(d -> {
                        stamps.put(d.id(), d.stamp());
                        long n = count.incrementAndGet();
                        if (n % 200 == 0) {
                            RebuildProgress p = progress;
                            progress = new RebuildProgress(true, county, p.countiesDone(), p.countiesTotal(), n, tenant,
                                    started, null, null);
                        }
                    }));
                    indexed.put(tenant, new ConcurrentHashMap<>(stamps));
                } finally {
                    lock.unlock();
                    if (deferred.remove(tenant)) {
                        schedule(tenant);
                    }
                }
                done++;
                LOG.infof("Search index of county '%s' rebuilt", tenant);
            }
            progress = new RebuildProgress(false, county, done, counties.size(), count.get(), null, started,
                    OffsetDateTime.now(clock), null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Rebuilding the search index stopped after %d counties; the counties not rebuilt keep their "
                    + "entries and are compared with the database as usual", done);
            progress = new RebuildProgress(false, county, done, counties.size(), count.get(), null, started,
                    OffsetDateTime.now(clock), "重建中断，请查看服务器日志后重试");
        }
    }

    private ReentrantLock lock(String tenantCode) {
        return locks.computeIfAbsent(tenantCode, k -> new ReentrantLock());
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        sweeper.shutdownNow();
        rebuilder.shutdownNow();
    }
}
