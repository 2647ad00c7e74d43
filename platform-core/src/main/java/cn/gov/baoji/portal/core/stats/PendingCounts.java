package cn.gov.baoji.portal.core.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

/**
 * Counts kept in memory per key until a flush writes them, so that counting a view never costs a
 * database write. No count is lost to concurrency: a flush takes each counter's value with
 * {@link LongAdder#sumThenReset()} (atomic per cell) and never swaps a counter out under a request,
 * so a view counted meanwhile stays for the next flush; a count whose write fails is added back.
 * Counters are never removed: their keys are bounded by what is published (callers count only views
 * of published things).
 *
 * @param <K> what is counted, including its county
 */
public final class PendingCounts<K> {

    /** Writes one key's count; throws when it could not. */
    @FunctionalInterface
    public interface Writer<K> {
        void write(K key, long count);
    }

    private static final Logger LOG = Logger.getLogger(PendingCounts.class);

    private final String what;
    private final Map<K, LongAdder> counts = new ConcurrentHashMap<>();

    /** @param what names the counts in the log, e.g. "Guide views" */
    public PendingCounts(String what) {
        this.what = what;
    }

    public void add(K key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Counted and not yet written. */
    public long pending(K key) {
        LongAdder adder = counts.get(key);
        return adder == null ? 0 : adder.sum();
    }

    /** Hands every count held to {@code writer}; what it fails to write is kept for the next flush. */
    public synchronized void flush(Writer<K> writer) {
        for (Map.Entry<K, LongAdder> e : counts.entrySet()) {
            long count = e.getValue().sumThenReset();
            if (count == 0) {
                continue;
            }
            try {
                writer.write(e.getKey(), count);
            } catch (RuntimeException ex) {
                e.getValue().add(count);
                LOG.warnf("%s of %s could not be written (%s); %d kept in memory for the next flush", what, e.getKey(),
                        ex.getMessage(), count);
            }
        }
    }
}
