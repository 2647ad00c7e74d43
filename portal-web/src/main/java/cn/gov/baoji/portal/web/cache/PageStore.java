package cn.gov.baoji.portal.web.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

import cn.gov.baoji.portal.core.stats.PageViewTarget;

/**
 * The pages a {@link PageCache} keeps, within a byte budget shared by all counties. Every entry's
 * size is added when it is stored and subtracted exactly once when it leaves (replaced, expired,
 * outdated or evicted), so the total is always the sum of what is held. When a new page takes the
 * total over the budget, the least recently used pages leave until it fits again; the others,
 * whatever their county, stay.
 * <p>
 * A hit costs a map lookup and, at most once per clock tick, a write of the entry's last use: no
 * lock, so hits stay cheap on the event loop. Only a store that overflows sorts the entries.
 */
final class PageStore {

    /**
     * A rendered page as it is served again.
     *
     * @param viewTarget what a view of the page counts for, if its resource said (see {@code PageViews}); null otherwise
     */
    record Page(String body, String contentType, long version, long storedAt, PageViewTarget viewTarget) {
    }

    private static final class Entry {
        final Page page;
        final long bytes;
        volatile long lastUsed;

        Entry(Page page, long bytes, long lastUsed) {
            this.page = page;
            this.bytes = bytes;
            this.lastUsed = lastUsed;
        }
    }

    private record Candidate(String key, Entry entry, long lastUsed) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final ReentrantLock evicting = new ReentrantLock();
    private final long maxBytes;
    private final LongSupplier clock;

    /**
     * @param maxBytes the budget for all counties together
     * @param clock milliseconds, e.g. {@code System::currentTimeMillis}
     */
    PageStore(long maxBytes, LongSupplier clock) {
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /**
     * The page under {@code key} if it was rendered for {@code version} at most {@code maxAgeMillis}
     * ago. An outdated or expired page is dropped on the way, so it stops counting at once.
     */
    Optional<Page> get(String key, long version, long maxAgeMillis) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        if (entry.page.version() != version || now - entry.page.storedAt() > maxAgeMillis) {
            remove(key, entry);
            return Optional.empty();
        }
        if (entry.lastUsed != now) {
            entry.lastUsed = now;
        }
        return Optional.of(entry.page);
    }

    /** Keeps {@code body} under {@code key}, replacing what was there; a page larger than the budget is not kept. */
    void put(String key, String body, String contentType, long version) {
        put(key, body, contentType, version, null);
    }

    /** As {@link #put(String, String, String, long)}, with what a view of the page counts for. */
    void put(String key, String body, String contentType, long version, PageViewTarget viewTarget) {
        long now = clock.getAsLong();
        long size = sizeOf(key, body, contentType);
        if (size > maxBytes) {
            return;
        }
        Entry entry = new Entry(new Page(body, contentType, version, now, viewTarget), size, now);
        Entry replaced = entries.put(key, entry);
        long total = bytes.addAndGet(size - (replaced == null ? 0 : replaced.bytes));
        if (total > maxBytes) {
            evictLeastRecentlyUsed();
        }
    }

    /** The bytes held now: the sum of the sizes of the pages kept. */
    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }

    boolean contains(String key) {
        return entries.containsKey(key);
    }

    /** What a page counts against the budget: its characters as Java holds them (two bytes each at most). */
    static long sizeOf(String key, String body, String contentType) {
        return 2L * (key.length() + body.length() + contentType.length());
    }

    private void remove(String key, Entry entry) {
        // Only the caller that actually removed this entry subtracts it: never twice, never a newer one.
        if (entries.remove(key, entry)) {
            bytes.addAndGet(-entry.bytes);
        }
    }

    private void evictLeastRecentlyUsed() {
        // One evicting thread is enough; others that overflowed meanwhile are covered by its loop.
        if (!evicting.tryLock()) {
            return;
        }
        try {
            if (bytes.get() <= maxBytes) {
                return;
            }
            // Last uses are copied first: hits go on changing them while the list is sorted.
            List<Candidate> oldestFirst = new ArrayList<>(entries.size());
            entries.forEach((key, entry) -> oldestFirst.add(new Candidate(key, entry, entry.lastUsed)));
            oldestFirst.sort(Comparator.comparingLong(Candidate::lastUsed));
            for (Candidate c : oldestFirst) {
                if (bytes.get() <= maxBytes) {
                    break;
                }
                remove(c.key(), c.entry());
            }
        } finally {
            evicting.unlock();
        }
    }
}
