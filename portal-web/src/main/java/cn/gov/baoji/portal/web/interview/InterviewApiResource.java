package cn.gov.baoji.portal.web.interview;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestResponse;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.guard.ChallengeSpentException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.interview.QuestionInput;
import cn.gov.baoji.portal.core.interview.QuestionIntake;
import cn.gov.baoji.portal.core.interview.QuestionReceipt;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;

/** The county's online interviews in the public API: read them, ask while they run, follow them live. */
@Path("/api/v1/interviews")
@Produces(MediaType.APPLICATION_JSON)
public class InterviewApiResource {

    private final InterviewViews views;
    private final QuestionIntake intake;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final LiveStreams streams;
    private final TenantContext tenant;

    InterviewApiResource(InterviewViews views, QuestionIntake intake, SubmissionGuard guard, ClientAddress addresses,
            LiveStreams streams, TenantContext tenant) {
        this.views = views;
        this.intake = intake;
        this.guard = guard;
        this.addresses = addresses;
        this.streams = streams;
        this.tenant = tenant;
    }

    /**
     * A question as sent: {@code altcha} carries the solved challenge of {@code GET /api/v1/challenge};
     * {@code website} is the form's honeypot and must stay empty.
     */
    public record QuestionRequest(String content, String nickname, String altcha, String website) {
    }

    /** The answer to a stored question: it waits for the moderators, and shows on the page once picked. */
    public record QuestionAnswer(long id, String state, String message) {
    }

    @GET
    @Operation(summary = "Announced interviews of the host's county, the latest start first",
            description = "page and size (1-50, default 20). phase: upcoming, live or ended, by the server's clock.")
    public InterviewJson.Listing list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, 50);
        return views.apiListing(page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One announced interview: topic, time, guests and the transcript so far (picked questions and entries, in order)")
    public InterviewJson.Detail detail(@PathParam("id") long id) {
        return views.apiDetail(id).orElseThrow(InterviewPageResource::notFound);
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the guests of an interview, before it starts or while it runs",
            description = "content (1-500 characters), nickname (optional, up to 20 characters, shown with the question if"
                    + " it is picked), altcha (solved challenge of GET /api/v1/challenge, valid once), website (honeypot: leave"
                    + " it out or empty). The question is stored for the moderators and shows on the page only if they pick"
                    + " it. Sending the same solved challenge again answers with the question stored the first time; no"
                    + " second one is stored. 404 for an interview that is not announced, 409 after its end, 429 when too"
                    + " many come from one address.")
    @APIResponse(responseCode = "201", description = "Stored, waiting for the moderators")
    public RestResponse<QuestionAnswer> ask(@PathParam("id") long id, QuestionRequest request, HttpServerRequest http) {
        views.streamStart(id).orElseThrow(InterviewPageResource::notFound);
        QuestionRequest sent = request == null ? new QuestionRequest(null, null, null, null) : request;
        Proof proof = guard.verify(sent.altcha());
        Submission submission = new Submission(QuestionIntake.FORM, sent.website(), addresses.of(http), null);
        QuestionInput input = new QuestionInput(sent.content(), sent.nickname());
        QuestionReceipt receipt;
        try {
            receipt = intake.submit(id, input, proof, submission);
        } catch (ChallengeSpentException spent) {
            // A double click or a retry: the question it sent first is the answer; a replayed solution is refused.
            receipt = intake.sent(id, proof).orElseThrow(() -> spent);
        }
        return RestResponse.status(RestResponse.Status.CREATED, new QuestionAnswer(receipt.id(), "pending",
                "提问已提交。主持人选用后，您的提问将显示在访谈页面上。"));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Blocking
    @Operation(summary = "The interview live, as server-sent events (text/event-stream)",
            description = "Each picked question (event: question) and transcript entry (event: entry) as it is posted on"
                    + " any server, with the event number as id and the item as JSON data, as in the transcript of GET"
                    + " /api/v1/interviews/{id}. Starts after the event named by the Last-Event-ID header (sent by"
                    + " browsers when they reconnect), else after the query parameter after (a non-negative integer, the"
                    + " last event a client already shows; 400 otherwise), else with the next new event."
                    + " Comments every 15 seconds keep it open; the server ends a stream after 30 minutes and the client"
                    + " reconnects with its last event id. 503 when this server already streams the interview to its"
                    + " maximum of viewers.")
    @APIResponse(responseCode = "200", description = "The stream", content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS))
    public Multi<OutboundSseEvent> events(@PathParam("id") long id, @HeaderParam("Last-Event-ID") String lastEventId,
            @QueryParam("after") String after, @Context Sse sse) {
        long latest = views.streamStart(id).orElseThrow(InterviewPageResource::notFound);
        String county = tenant.require().code().value();
        long cursor = cursor(lastEventId, after, latest);
        if (!streams.hasRoom(county, id)) {
            throw new LiveStreamsFullException();
        }
        return streams.open(county, id, cursor, sse);
    }

    /**
     * Where the stream starts: the browser's last event id (anything else it sends, e.g. an id of an
     * older deployment, counts as none), else {@code after}, else the latest event.
     */
    private static long cursor(String lastEventId, String after, long latest) {
        if (lastEventId != null && lastEventId.strip().matches("\\d{1,18}")) {
            return Math.min(Long.parseLong(lastEventId.strip()), latest);
        }
        if (after != null && !after.isBlank()) {
            if (!after.strip().matches("\\d{1,18}")) {
                throw new InvalidInputException("after", "after 应为不小于 0 的整数（页面上最后一条实录的编号）");
            }
            return Math.min(Long.parseLong(after.strip()), latest);
        }
        return latest;
    }
}
