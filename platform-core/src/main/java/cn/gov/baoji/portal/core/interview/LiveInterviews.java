package cn.gov.baoji.portal.core.interview;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * The people watching interviews live on this instance, and what each has been sent. PostgreSQL
 * tells every instance that an interview has a new event ({@link LiveNotices}, via the tenant
 * change listener); the instance then reads the events its viewers of that interview have not had
 * from the database, in order, and sends them. So an event posted on any instance reaches viewers
 * on every instance, a viewer who reconnects with the last event id it saw gets what it missed, and a
 * lost notification is made good by the next one or by the listener's resynchronisation.
 * <p>
 * All reading and sending happens on one thread of its own, in the order things were asked for;
 * nothing here holds a database connection while a stream is open. Each interview takes at most
 * {@code maxViewers} viewers per instance; each stream gets a comment every {@code keepAlive} (so
 * proxies keep it open) and is ended after {@code maxStream} (the browser reconnects with its last
 * event id, which spreads long-lived connections over instances).
 */
public class LiveInterviews implements AutoCloseable {

    /** Where a viewer's events go; called on the hub's thread only. */
    public interface Viewer {

        void send(LiveEvent event);

        void keepAlive();

        /** The stream ends (too old, the interview is gone, or the instance stops). */
        void end();
    }

    /**
     * Reads an interview's events after a number, in order.
     *
     * @throws NotFoundException when the county or the (announced) interview does not exist any more
     */
    @FunctionalInterface
    public interface Source {
        List<LiveEvent> after(String tenant, long interviewId, long seq, int limit);
    }

    private record Key(String tenant, long interviewId) {
    }

    /** One viewer's stream: what it was last sent. */
    public static final class Watch {
        private final Key key;
        private final Viewer viewer;
        private final long openedAt;
        private long cursor;
        /** Set when the viewer leaves, so a read already under way sends it nothing more. */
        private volatile boolean left;

        private Watch(Key key, Viewer viewer, long cursor, long openedAt) {
            this.key = key;
            this.viewer = viewer;
            this.cursor = cursor;
            this.openedAt = openedAt;
        }
    }

    private static final Logger LOG = Logger.getLogger(LiveInterviews.class);
    static final int BATCH = 200;

    private final Source source;
    private final int maxViewers;
    private final long maxStreamMillis;
    private final LongSupplier millis;
    private final Map<Key, Set<Watch>> watching = new ConcurrentHashMap<>();
    private final Set<Key> due = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker;

    public LiveInterviews(Source source, int maxViewers, Duration keepAlive, Duration maxStream) {
        this(source, maxViewers, keepAlive, maxStream, System::currentTimeMillis);
    }

    LiveInterviews(Source source, int maxViewers, Duration keepAlive, Duration maxStream, LongSupplier millis) {
        this.source = source;
        this.maxViewers = maxViewers;
        this.maxStreamMillis = maxStream.toMillis();
        this.millis = millis;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "interview-live");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(10, keepAlive.toMillis());
        worker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** Whether another viewer of this interview fits on this instance now. */
    public boolean hasRoom(String tenant, long interviewId) {
        return viewers(tenant, interviewId) < maxViewers;
    }

    public int viewers(String tenant, long interviewId) {
        Set<Watch> set = watching.get(new Key(tenant, interviewId));
        return set == null ? 0 : set.size();
    }

    /**
     * Starts sending a viewer the interview's events numbered above {@code cursor}: at once those
     * already posted, then each new one as it comes.
     *
     * @return empty when the interview already has {@code maxViewers} viewers here
     */
    public Optional<Watch> join(String tenant, long interviewId, long cursor, Viewer viewer) {
        Key key = new Key(tenant, interviewId);
        Watch watch = new Watch(key, viewer, cursor, millis.getAsLong());
        boolean[] joined = { false };
        // compute() is atomic per key, so a viewer never lands in a set that leave() just dropped.
        watching.compute(key, (k, set) -> {
            Set<Watch> viewers = set == null ? new CopyOnWriteArraySet<>() : set;
            if (viewers.size() < maxViewers) {
                joined[0] = viewers.add(watch);
            }
            return viewers.isEmpty() ? null : viewers;
        });
        if (!joined[0]) {
            return Optional.empty();
        }
        schedule(key);
        return Optional.of(watch);
    }

    /** The viewer went away. */
    public void leave(Watch watch) {
        watch.left = true;
        watching.computeIfPresent(watch.key, (k, set) -> {
            set.remove(watch);
            return set.isEmpty() ? null : set;
        });
    }

    /** A notification of {@link LiveNotices#CHANNEL}: {@code <tenant>:<interview>:<seq>}. */
    public void noticed(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(":");
        if (parts.length != 3) {
            return;
        }
        try {
            Key key = new Key(parts[0], Long.parseLong(parts[1]));
            if (watching.containsKey(key)) {
                schedule(key);
            }
        } catch (NumberFormatException e) {
            LOG.debugf("Ignored interview notification '%s'", payload);
        }
    }

    /** Notifications may have been missed: every watched interview reads what its viewers have not had. */
    public void resync() {
        watching.keySet().forEach(this::schedule);
    }

    private void schedule(Key key) {
        if (due.add(key)) {
            try {
                worker.execute(() -> deliver(key));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                due.remove(key);
            }
        }
    }

    private void deliver(Key key) {
        due.remove(key);
        List<Watch> watches = snapshot(key);
        if (watches.isEmpty()) {
            return;
        }
        long from = watches.stream().mapToLong(w -> w.cursor).min().orElseThrow();
        List<LiveEvent> events;
        try {
            events = source.after(key.tenant(), key.interviewId(), from, BATCH);
        } catch (NotFoundException e) {
            // Taken back to a draft, or the county is gone: nothing more to show.
            watches.forEach(this::end);
            return;
        } catch (RuntimeException e) {
            LOG.warnf("Could not read new events of interview %d of %s (%s); its %d viewers here get them with the next "
                    + "event or the next resynchronisation", key.interviewId(), key.tenant(), e.getMessage(), watches.size());
            return;
        }
        for (Watch watch : watches) {
            for (LiveEvent event : events) {
                if (event.seq() > watch.cursor) {
                    send(watch, event);
                }
            }
        }
        if (events.size() == BATCH) {
            schedule(key);
        }
    }

    private void send(Watch watch, LiveEvent event) {
        if (watch.left) {
            return;
        }
        try {
            watch.viewer.send(event);
            watch.cursor = event.seq();
        } catch (RuntimeException e) {
            end(watch);
        }
    }

    private void tick() {
        long now = millis.getAsLong();
        for (Key key : List.copyOf(watching.keySet())) {
            for (Watch watch : snapshot(key)) {
                if (now - watch.openedAt >= maxStreamMillis) {
                    end(watch);
                } else {
                    try {
                        watch.viewer.keepAlive();
                    } catch (RuntimeException e) {
                        end(watch);
                    }
                }
            }
        }
    }

    private void end(Watch watch) {
        leave(watch);
        try {
            watch.viewer.end();
        } catch (RuntimeException e) {
            LOG.debugf("A live stream of interview %d ended with an error: %s", watch.key.interviewId(), e.getMessage());
        }
    }

    private List<Watch> snapshot(Key key) {
        Set<Watch> set = watching.get(key);
        return set == null ? List.of() : new ArrayList<>(set);
    }

    @Override
    public void close() {
        worker.shutdownNow();
        for (Key key : List.copyOf(watching.keySet())) {
            snapshot(key).forEach(this::end);
        }
    }
}
