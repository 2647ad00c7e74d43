package cn.gov.baoji.portal.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class PendingCountsTest {

    private final PendingCounts<String> counts = new PendingCounts<>("Test views");
    private final Map<String, Long> written = new ConcurrentHashMap<>();

    private void write(String key, long count) {
        written.merge(key, count, Long::sum);
    }

    @Test
    void viewsCountedWhileFlushesRunAreAllWrittenExactlyOnce() throws Exception {
        int threads = 4;
        int perThread = 50_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            String key = t % 2 == 0 ? "weibin:1" : "jintai:1";
            pool.execute(() -> {
                for (int i = 0; i < perThread; i++) {
                    counts.add(key);
                }
                done.countDown();
            });
        }
        // Flushes race the counting threads until they have all finished.
        while (!done.await(1, TimeUnit.MILLISECONDS)) {
            counts.flush(this::write);
        }
        counts.flush(this::write);
        pool.shutdown();

        assertThat(written).containsExactlyInAnyOrderEntriesOf(Map.of("weibin:1", 2L * perThread, "jintai:1", 2L * perThread));
        assertThat(counts.pending("weibin:1")).isZero();
    }

    @Test
    void aFailedWriteKeepsItsCountForTheNextFlushAndTheOthersAreWritten() {
        counts.add("weibin:1");
        counts.add("weibin:1");
        counts.add("jintai:1");
        AtomicBoolean down = new AtomicBoolean(true);

        counts.flush((key, count) -> {
            if (key.startsWith("weibin") && down.get()) {
                throw new IllegalStateException("database unavailable");
            }
            write(key, count);
        });
        assertThat(written).containsExactly(Map.entry("jintai:1", 1L));
        assertThat(counts.pending("weibin:1")).isEqualTo(2);

        counts.add("weibin:1");
        down.set(false);
        counts.flush(this::write);
        assertThat(written).containsEntry("weibin:1", 3L).containsEntry("jintai:1", 1L);
        assertThat(counts.pending("weibin:1")).isZero();
    }
}
