package cn.gov.baoji.portal.web.message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentKind;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.message.Message;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageFigures;
import cn.gov.baoji.portal.core.message.MessageFile;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageKind;
import cn.gov.baoji.portal.core.message.MessageRules;
import cn.gov.baoji.portal.core.message.QueryCodes;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.PageData;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;
import io.vertx.core.http.HttpServerRequest;

/**
 * The public message pages of a county: write a message, look it up, read the published ones and
 * the reply-time figures. The forms post without a CSRF token (public pages set no cookie): the
 * proof of work and the browser's same-origin check guard them (see PublicFormPosts).
 */
@Path("/messages")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class MessagePageResource {

    private final SitePages pages;
    private final MessageBoard board;
    private final MessageSubmissions submissions;
    private final MessageFigures figures;
    private final DepartmentService departments;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;

    MessagePageResource(SitePages pages, MessageBoard board, MessageSubmissions submissions, MessageFigures figures,
            DepartmentService departments, SubmissionGuard guard, ClientAddress addresses) {
        this.pages = pages;
        this.board = board;
        this.submissions = submissions;
        this.figures = figures;
        this.departments = departments;
        this.guard = guard;
        this.addresses = addresses;
    }

    @GET
    @Operation(summary = "Page: published messages with their replies, filtered by kind, department and state")
    public String list(@QueryParam("page") String page, @QueryParam("kind") String kind,
            @QueryParam("department") String department, @QueryParam("state") String state) {
        MessageBoard.PublicQuery query = MessageQueries.publicQuery(department, kind, state,
                Paging.number(page, "page", 1, 10_000), PageData.PAGE_SIZE);
        String k = query.kind() == null ? "" : query.kind().key();
        String d = query.department() == null ? "" : query.department();
        String s = query.replied() == null ? "" : query.replied() ? MessageQueries.REPLIED : MessageQueries.PROCESSING;
        List<MessagePages.Choice> kinds = new ArrayList<>(List.of(new MessagePages.Choice("", "全部类型", k.isEmpty())));
        Arrays.stream(MessageKind.values()).forEach(x -> kinds.add(new MessagePages.Choice(x.key(), x.label(), x.key().equals(k))));
        List<MessagePages.Choice> mailboxes = new ArrayList<>(List.of(new MessagePages.Choice("", "全部部门", d.isEmpty()),
                new MessagePages.Choice(Message.LEADER, board.leaderMailbox(), Message.LEADER.equals(d))));
        departments.visible().forEach(x -> mailboxes.add(new MessagePages.Choice(x.getCode(), x.getName(), x.getCode().equals(d))));
        List<MessagePages.Choice> states = List.of(new MessagePages.Choice("", "全部状态", s.isEmpty()),
                new MessagePages.Choice(MessageQueries.REPLIED, "已答复", s.equals(MessageQueries.REPLIED)),
                new MessagePages.Choice(MessageQueries.PROCESSING, "办理中", s.equals(MessageQueries.PROCESSING)));
        String kept = param("kind", k) + param("department", d) + param("state", s);
        return pages.render("messages", Map.of("page", new MessagePages.ListPage(
                MessagePages.Listing.of(board.published(query)), kinds, mailboxes, states, kept, !kept.isEmpty())));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Page: one published message with its reply")
    public String one(@PathParam("id") long id) {
        MessagePages.Entry entry = board.publishedOne(id).map(MessagePages.Entry::of)
                .orElseThrow(() -> new NotFoundException("留言不存在或未公开。"));
        return pages.render("message", Map.of("page", new MessagePages.DetailPage(entry)));
    }

    @GET
    @Path("new")
    @Operation(summary = "Page: the form to write a message",
            description = "`kind`, `department`, `title` and `content` fill the form in advance, e.g. for a complaint about a"
                    + " service item or an online application (投诉/监督), which the citizen may still change.")
    public String form(@QueryParam("kind") String kind, @QueryParam("department") String department,
            @QueryParam("title") String title, @QueryParam("content") String content) {
        return form(new MessagePages.Typed(prefill(kind, 16), prefill(department, 16), prefill(title, MessageRules.MAX_TITLE),
                prefill(content, MessageRules.MAX_CONTENT), "", "", "", false), MessagePages.Errors.NONE);
    }

    /** A value given in advance, cut to what its field takes; the form is checked when sent, as any other. */
    private static String prefill(String value, int max) {
        String v = value == null ? "" : value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Page: send the form (without files); answers the query code, or the form again with what to correct")
    public Response send(@BeanParam MessageFormFields fields, HttpServerRequest http) {
        return send(fields, List.of(), http);
    }

    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Page: send the form with up to three files; answers the query code, or the form again")
    public Response sendWithFiles(@BeanParam MessageUploadFields fields, HttpServerRequest http) {
        return send(fields, fields.files(), http);
    }

    @GET
    @Path("{id}/attachments/{file}")
    @Operation(summary = "A file the county made public with a published message")
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        MessageFile found = board.publicFile(id, file).orElseThrow(() -> new NotFoundException("附件不存在或未公开。"));
        String encoded = URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(found.bytes(), found.contentType())
                .header("Content-Disposition", (found.image() ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                // A file taken off the page must not linger in shared caches.
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    private Response send(MessageFormFields fields, List<MessageFile> files, HttpServerRequest http) {
        MessageInput input = fields.input();
        MessagePages.Typed typed = MessagePages.Typed.of(input);
        Map<String, String> problems = submissions.problems(input, files);
        if (!problems.isEmpty()) {
            return noStore(Response.status(400).entity(form(typed, MessagePages.Errors.of(problems))));
        }
        try {
            String code = submissions.submit(input, files, fields.altcha, fields.website, addresses.of(http));
            return noStore(Response.ok(pages.render("message-sent",
                    Map.of("page", new MessagePages.SentPage(QueryCodes.grouped(code))))));
        } catch (InvalidInputException e) {
            return noStore(Response.status(400).entity(form(typed, MessagePages.Errors.of(Map.of(e.field(), e.getMessage())))));
        } catch (RateLimitedException e) {
            return noStore(Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()))
                    .entity(form(typed, MessagePages.Errors.of(Map.of("altcha", e.getMessage())))));
        }
    }

    @GET
    @Path("lookup")
    @Operation(summary = "Page: look a message up by query code and phone")
    public String lookupForm() {
        return pages.render("message-lookup", Map.of("page", new MessagePages.LookupPage("", false, null, null)));
    }

    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Page: the state and reply of one's own message; a wrong pair is answered like an unknown code")
    public Response lookup(@BeanParam LookupFormFields fields, HttpServerRequest http) {
        String stripped = fields.queryCode == null ? "" : fields.queryCode.strip();
        String typed = stripped.length() > 40 ? stripped.substring(0, 40) : stripped;
        try {
            guard.limit(MessageApiResource.LOOKUP_FORM, addresses.of(http));
        } catch (RateLimitedException e) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds()))
                    .entity(lookupPage(typed, null, e.getMessage())).build();
        }
        if (typed.isEmpty() || MessageRules.phone(fields.phone).isEmpty()) {
            return Response.status(400).entity(lookupPage(typed, null, "请填写查询码和留言时填写的手机号码。")).build();
        }
        return board.lookup(typed, fields.phone)
                .map(found -> Response.ok(lookupPage(typed, MessagePages.Found.of(found), null)))
                .orElseGet(() -> Response.status(404).entity(lookupPage(typed, null, MessageApiResource.NOT_FOUND)))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("stats")
    @Operation(summary = "Page: per mailbox, how many messages were received and answered, on time, how fast")
    public String stats() {
        return pages.render("message-stats", Map.of("stats", MessagePages.StatsPage.of(figures.stats())));
    }

    private String lookupPage(String typed, MessagePages.Found found, String error) {
        return pages.render("message-lookup", Map.of("page", new MessagePages.LookupPage(typed, true, found, error)));
    }

    private String form(MessagePages.Typed typed, MessagePages.Errors errors) {
        List<MessagePages.Choice> kinds = Arrays.stream(MessageKind.values())
                .map(k -> new MessagePages.Choice(k.key(), k.label(), k.key().equals(typed.kind()))).toList();
        List<MessagePages.Group> groups = new ArrayList<>();
        groups.add(new MessagePages.Group("领导信箱", List.of(new MessagePages.Choice(Message.LEADER, board.leaderMailbox(),
                Message.LEADER.equals(typed.department())))));
        List<Department> visible = departments.visible();
        for (DepartmentKind kind : DepartmentKind.values()) {
            List<MessagePages.Choice> choices = visible.stream().filter(d -> d.getKind() == kind)
                    .map(d -> new MessagePages.Choice(d.getCode(), d.getName(), d.getCode().equals(typed.department()))).toList();
            if (!choices.isEmpty()) {
                groups.add(new MessagePages.Group(kind == DepartmentKind.DEPARTMENT ? "部门信箱" : "乡镇（街道）信箱", choices));
            }
        }
        return pages.render("message-form", Map.of("page", new MessagePages.FormPage(typed, errors, kinds, groups,
                MessageRules.MAX_TITLE, MessageRules.MAX_CONTENT, MessageRules.MAX_ATTACHMENTS)));
    }

    /** What the citizen typed (their phone, their name) comes back to them alone: no cache keeps it. */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static String param(String name, String value) {
        return value.isEmpty() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8) + "&";
    }
}
