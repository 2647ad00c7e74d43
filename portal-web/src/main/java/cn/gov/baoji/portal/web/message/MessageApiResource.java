package cn.gov.baoji.portal.web.message;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.message.Message;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.QueryCodes;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import io.vertx.core.http.HttpServerRequest;

/** The public message API of a county: write, look up, read published messages and the reply-time figures. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MessageApiResource {

    static final String LOOKUP_FORM = "lookup";
    static final String NOT_FOUND = "没有找到这条留言：请核对查询码和手机号码。";

    private final MessageBoard board;
    private final MessageSubmissions submissions;
    private final MessageFigures figures;
    private final DepartmentService departments;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;

    MessageApiResource(MessageBoard board, MessageSubmissions submissions, MessageFigures figures,
            DepartmentService departments, SubmissionGuard guard, ClientAddress addresses) {
        this.board = board;
        this.submissions = submissions;
        this.figures = figures;
        this.departments = departments;
        this.guard = guard;
        this.addresses = addresses;
    }

    @GET
    @Path("departments")
    @Operation(summary = "Whom a citizen can write to: the leader's mailbox (code `leader`), the departments and townships")
    public List<MessageApi.Addressee> departments() {
        List<MessageApi.Addressee> all = new ArrayList<>();
        all.add(new MessageApi.Addressee(Message.LEADER, board.leaderMailbox(), "leader", "领导信箱"));
        departments.visible().forEach(d -> all.add(new MessageApi.Addressee(d.getCode(), d.getName(),
                d.getKind().name().toLowerCase(java.util.Locale.ROOT), d.getKind().label())));
        return all;
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a message; answers its query code",
            description = "`kind`: consult, suggest, complain, report or help; `department`: a code from /api/v1/departments"
                    + " or `leader`; `phone`: a mainland mobile number; `altcha`: the solved challenge of"
                    + " /api/v1/challenge. The message is stored when the answer arrives; sending the same body again"
                    + " answers the same code.")
    @APIResponse(responseCode = "201", description = "Stored; the body carries the query code")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong (problem JSON names it)")
    @APIResponse(responseCode = "429", description = "Too many messages from this address or phone; see Retry-After")
    public Response send(MessageApi.MessageRequest request, HttpServerRequest http) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        MessageInput input = new MessageInput(request.kind(), request.department(), request.title(), request.content(),
                request.name(), request.phone(), request.email(), request.publish());
        String code = submissions.submit(input, request.altcha(), null, addresses.of(http));
        return Response.status(201).entity(new MessageApi.Created(QueryCodes.grouped(code))).build();
    }

    @GET
    @Path("messages")
    @Operation(summary = "Published messages with their replies, newest first; no personal data",
            description = "`department`: a department code or `leader`; `kind`: consult, suggest, complain, report or"
                    + " help; `state`: replied or processing.")
    public MessageApi.Listing list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("department") String department, @QueryParam("kind") String kind,
            @QueryParam("state") String state) {
        return MessageApi.Listing.of(board.published(MessageQueries.publicQuery(department, kind, state,
                Paging.number(page, "page", 1, 10_000), Paging.number(size, "size", 20, MessageBoard.MAX_PAGE_SIZE))));
    }

    @GET
    @Path("messages/{id}")
    @Operation(summary = "One published message with its reply")
    public MessageApi.Item one(@PathParam("id") long id) {
        return board.publishedOne(id).map(MessageApi.Item::of).orElseThrow(() -> new NotFoundException("留言不存在或未公开。"));
    }

    @POST
    @Path("messages/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A citizen's own message by query code and phone: its state, the reply or why it was not accepted",
            description = "A wrong pair answers exactly as an unknown code does. Limited per address.")
    @APIResponse(responseCode = "200", description = "Found")
    @APIResponse(responseCode = "404", description = "No message with this code and phone")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address; see Retry-After")
    public MessageApi.LookupAnswer lookup(MessageApi.LookupRequest request, HttpServerRequest http) {
        guard.limit(LOOKUP_FORM, addresses.of(http));
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return board.lookup(request.queryCode(), request.phone()).map(MessageApi.LookupAnswer::of)
                .orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    @GET
    @Path("messages/stats")
    @Operation(summary = "Per mailbox: received, replied, replied on time and average working days to reply,"
            + " for this year and last month")
    public MessageFigures.Stats stats() {
        return figures.stats();
    }
}
