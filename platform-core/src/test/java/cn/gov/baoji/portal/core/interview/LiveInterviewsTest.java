package cn.gov.baoji.portal.core.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.NotFoundException;

/** The live viewers of one instance, with an in-memory timeline instead of the database. */
class LiveInterviewsTest {

    /** An interview's events as the database would give them. */
    private final List<LiveEvent> timeline = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean gone = new AtomicBoolean();
    private final AtomicLong now = new AtomicLong(1_000);
    private LiveInterviews live;

    private final LiveInterviews.Source source = (tenant, id, seq, limit) -> {
        reads.incrementAndGet();
        if (gone.get() || !tenant.equals("weibin") || id != 7) {
            throw new NotFoundException("访谈不存在。");
        }
        return timeline.stream().filter(e -> e.seq() > seq).limit(limit).toList();
    };

    /** What one viewer received. */
    static final class Screen implements LiveInterviews.Viewer {
        final List<Long> seen = new CopyOnWriteArrayList<>();
        final AtomicInteger keepAlives = new AtomicInteger();
        final AtomicBoolean ended = new AtomicBoolean();

        @Override
        public void send(LiveEvent event) {
            seen.add(event.seq());
        }

        @Override
        public void keepAlive() {
            keepAlives.incrementAndGet();
        }

        @Override
        public void end() {
            ended.set(true);
        }
    }

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
    }

    @Test
    void aViewerGetsWhatItMissedThenEachNewEventOnceAndInOrder() {
        live = new LiveInterviews(source, 10, Duration.ofHours(1), Duration.ofHours(1));
        post(1);
        post(2);
        Screen early = new Screen();
        Screen late = new Screen();
        live.join("weibin", 7, 0, early);
        live.join("weibin", 7, 1, late);
        await().atMost(Duration.ofSeconds(5)).until(() -> early.seen.size() == 2 && late.seen.size() == 1);

        post(3);
        live.noticed("weibin:7:3");
        // The same notice twice, or a resynchronisation, sends nothing twice.
        live.noticed("weibin:7:3");
        live.resync();
        await().atMost(Duration.ofSeconds(5)).until(() -> early.seen.size() == 3 && late.seen.size() == 2);
        int readsSoFar = reads.get();
        live.noticed("weibin:7:3");
        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() > readsSoFar);
        assertThat(early.seen).containsExactly(1L, 2L, 3L);
        assertThat(late.seen).containsExactly(2L, 3L);
    }

    @Test
    void noticesOfInterviewsNobodyWatchesHereReadNothing() {
        live = new LiveInterviews(source, 10, Duration.ofHours(1), Duration.ofHours(1));
        live.noticed("weibin:7:1");
        live.noticed("taibai:7:1");
        live.noticed("garbage");
        live.noticed(null);
        live.resync();
        Screen screen = new Screen();
        live.join("weibin", 7, 0, screen);
        // The join's own read is the first and only one.
        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() == 1);
        assertThat(reads.get()).isEqualTo(1);
    }

    @Test
    void anInterviewTakesAtMostItsViewersHereAndAViewerThatLeftGetsNothing() {
        live = new LiveInterviews(source, 2, Duration.ofHours(1), Duration.ofHours(1));
        Screen one = new Screen();
        Screen two = new Screen();
        LiveInterviews.Watch first = live.join("weibin", 7, 0, one).orElseThrow();
        assertThat(live.join("weibin", 7, 0, two)).isPresent();
        assertThat(live.hasRoom("weibin", 7)).isFalse();
        assertThat(live.join("weibin", 7, 0, new Screen())).isEmpty();
        assertThat(live.hasRoom("weibin", 8)).isTrue();

        live.leave(first);
        assertThat(live.viewers("weibin", 7)).isEqualTo(1);
        post(1);
        live.noticed("weibin:7:1");
        await().atMost(Duration.ofSeconds(5)).until(() -> two.seen.size() == 1);
        assertThat(one.seen).isEmpty();
    }

    @Test
    void idleStreamsGetKeepAlivesAndOldOnesAreEnded() {
        live = new LiveInterviews(source, 10, Duration.ofMillis(20), Duration.ofMinutes(30), now::get);
        Screen screen = new Screen();
        live.join("weibin", 7, 0, screen);
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.keepAlives.get() >= 2);
        assertThat(screen.ended).isFalse();

        now.addAndGet(Duration.ofMinutes(30).toMillis());
        await().atMost(Duration.ofSeconds(5)).until(screen.ended::get);
        assertThat(live.viewers("weibin", 7)).isZero();
    }

    @Test
    void viewersOfAnInterviewThatIsGoneAreEnded() {
        live = new LiveInterviews(source, 10, Duration.ofHours(1), Duration.ofHours(1));
        Screen screen = new Screen();
        live.join("weibin", 7, 0, screen);
        gone.set(true);
        live.noticed("weibin:7:0");
        await().atMost(Duration.ofSeconds(5)).until(screen.ended::get);
        assertThat(live.viewers("weibin", 7)).isZero();
    }

    private void post(long seq) {
        timeline.add(new LiveEvent(seq, "entry", "guest", "李明", "区教育局局长", "第 " + seq + " 条", null, null,
                OffsetDateTime.now(), null, null));
    }
}
