package cn.gov.baoji.portal.web.interview;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.interview.LiveEvent;
import cn.gov.baoji.portal.core.interview.LiveInterviews;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Turns a viewer of {@link LiveInterviews} into a server-sent-events stream: each event has the
 * event number as {@code id}, its kind ({@code entry} or {@code question}) as {@code event}, and
 * the item as JSON in {@code data}; comments keep it open. A client that cannot keep up (more than
 * {@link #BACKLOG} events unsent) has its stream ended; it reconnects with its last event id and
 * misses nothing.
 */
@ApplicationScoped
class LiveStreams {

    static final int BACKLOG = 256;
    /** How long a browser waits before reconnecting (ms). */
    static final long RECONNECT_MILLIS = 3_000;

    private final LiveInterviews live;
    private final InterviewViews views;
    private final ObjectMapper json;

    LiveStreams(LiveInterviews live, InterviewViews views, ObjectMapper json) {
        this.live = live;
        this.views = views;
        this.json = json;
    }

    boolean hasRoom(String tenant, long interviewId) {
        return live.hasRoom(tenant, interviewId);
    }

    /** The events of an interview numbered above {@code cursor}, then each new one, until the client goes. */
    Multi<OutboundSseEvent> open(String tenant, long interviewId, long cursor, Sse sse) {
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            // Sent at once, so the client sees the stream open before any event comes.
            emitter.emit(sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_MILLIS).build());
            AtomicReference<LiveInterviews.Watch> joined = new AtomicReference<>();
            emitter.onTermination(() -> {
                LiveInterviews.Watch watch = joined.getAndSet(null);
                if (watch != null) {
                    live.leave(watch);
                }
            });
            Optional<LiveInterviews.Watch> watch = live.join(tenant, interviewId, cursor, viewer(emitter, sse, interviewId));
            if (watch.isEmpty()) {
                emitter.complete();
                return;
            }
            joined.set(watch.get());
            if (emitter.isCancelled() && joined.compareAndSet(watch.get(), null)) {
                // The client went while we joined.
                live.leave(watch.get());
            }
        }, BackPressureStrategy.ERROR).onOverflow().buffer(BACKLOG).onFailure().recoverWithCompletion();
    }

    private LiveInterviews.Viewer viewer(MultiEmitter<? super OutboundSseEvent> emitter, Sse sse, long interviewId) {
        return new LiveInterviews.Viewer() {
            @Override
            public void send(LiveEvent event) {
                emitter.emit(sse.newEventBuilder().id(Long.toString(event.seq())).name(event.kind())
                        .data(String.class, data(interviewId, event)).build());
            }

            @Override
            public void keepAlive() {
                emitter.emit(sse.newEventBuilder().comment("keep-alive").build());
            }

            @Override
            public void end() {
                emitter.complete();
            }
        };
    }

    private String data(long interviewId, LiveEvent event) {
        try {
            return json.writeValueAsString(views.json(interviewId, event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Live event " + event.seq() + " of interview " + interviewId
                    + " could not be written as JSON", e);
        }
    }
}
