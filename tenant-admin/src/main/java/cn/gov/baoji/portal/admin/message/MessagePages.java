package cn.gov.baoji.portal.admin.message;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.backoffice.WorkCounts;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.message.Message;
import cn.gov.baoji.portal.core.message.MessageDeadlines;
import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageFile;
import cn.gov.baoji.portal.core.message.MessageKind;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageState;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The back office's message pages (留言办理): the county editor's queues (待受理, 待审核答复), the
 * department's open messages with their working days left, the search over all messages, one
 * message with its history and the steps the viewer may take, and the webmaster's reply time.
 * Every step is a form with the CSRF token and the message's version, answered by a redirect back
 * to the message (POST-redirect-GET); a refused step shows the message again with the reason.
 */
@Path("/admin/messages")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class MessagePages {

    private static final int PAGE_SIZE = 20;

    /** What the page says after a step went through. */
    private static final Map<String, String> DONE = Map.of(
            "accept", "已受理，并交承办部门办理。",
            "reject", "已作不予受理处理，留言人查询时可以看到理由。",
            "transfer", "已改派，新的承办部门可以看到这条留言。",
            "reply", "答复已提交，等待区县审核。",
            "return", "答复已退回承办部门修改。",
            "approve", "答复已审核通过，留言人可以查询到答复。",
            "publish", "留言已在网站公开。",
            "unpublish", "留言已从网站撤下。",
            "show-file", "附件已设为随留言公开；留言在网站公开时，公众可以下载。",
            "hide-file", "附件已取消公开，网站上不再提供下载。");

    private final MessageQueues queues;
    private final MessageWorkflow workflow;
    private final MessageDeadlines deadlines;
    private final MessageSteps steps;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Caller caller;
    private final WorkCounts work;

    MessagePages(MessageQueues queues, MessageWorkflow workflow, MessageDeadlines deadlines, MessageSteps steps,
            DepartmentService departments, TenantContext tenant, Caller caller, WorkCounts work) {
        this.queues = queues;
        this.workflow = workflow;
        this.deadlines = deadlines;
        this.steps = steps;
        this.departments = departments;
        this.tenant = tenant;
        this.caller = caller;
        this.work = work;
    }

    /** The webmaster's settings page: the promised reply time, and after a refusal what was typed. */
    public record Settings(int replyDays, int maxReplyDays, String typed, String error, boolean saved) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, MessageList list);

        static native TemplateInstance message(TenantInfo site, String userName, MessageScreen screen);

        static native TemplateInstance settings(TenantInfo site, String userName, Settings settings);
    }

    @GET
    @Path("/")
    public TemplateInstance search(@QueryParam("state") String state, @QueryParam("kind") String kind,
            @QueryParam("department") String department, @QueryParam("overdue") boolean overdue,
            @QueryParam("page") Integer page) {
        MessageState s = blank(state) ? null : MessageState.fromKey(state.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("state", "没有这种办理状态。"));
        MessageKind k = blank(kind) ? null : MessageKind.fromKey(kind.strip())
                .orElseThrow(() -> new InvalidInputException("kind", "没有这种留言类型。"));
        String d = blank(department) ? null : department.strip();
        MessageList.Filter filter = new MessageList.Filter(s == null ? null : s.key(), k == null ? null : k.key(), d, overdue);
        Actor me = caller.actor();
        boolean editor = work.getMessages().countyEditor();
        return list(new MessageList("全部留言", editor ? "本区县收到的全部留言，最新的在前。" : "本部门承办的全部留言，最新的在前。",
                "/admin/messages/", queues.search(me, new MessageQueues.Filter(s, k, d, overdue ? Boolean.TRUE : null,
                        page(page), PAGE_SIZE)), filter, editor ? departments.all() : List.of()));
    }

    @GET
    @Path("inbox")
    @AccessRule(Role.EDITOR)
    public TemplateInstance inbox(@QueryParam("page") Integer page) {
        return list(new MessageList("待受理留言", "受理后交部门或乡镇（街道）办理；无效留言可作不予受理处理并说明理由。先收到的在前。",
                "/admin/messages/inbox", queues.awaitingAcceptance(caller.actor(), page(page), PAGE_SIZE), null, List.of()));
    }

    @GET
    @Path("approval")
    @AccessRule(Role.EDITOR)
    public TemplateInstance approval(@QueryParam("page") Integer page) {
        return list(new MessageList("待审核答复", "承办部门拟写的答复，审核通过后答复留言人；需要修改的退回并写明意见。先收到的在前。",
                "/admin/messages/approval", queues.awaitingApproval(caller.actor(), page(page), PAGE_SIZE), null, List.of()));
    }

    @GET
    @Path("open")
    public TemplateInstance open(@QueryParam("department") String department, @QueryParam("page") Integer page) {
        Actor me = caller.actor();
        boolean editor = work.getMessages().countyEditor();
        String d = blank(department) ? null : department.strip();
        return list(new MessageList(editor ? "办理中的留言" : "本部门待办留言",
                "按答复期限排列，最急的在前。期限按工作日计算（周末和法定节假日不计）；逾期的标“逾期”，收到满三个月仍未办结的标“超三个月未办结”。",
                "/admin/messages/open", queues.open(me, editor ? d : null, page(page), PAGE_SIZE),
                editor && d != null ? new MessageList.Filter(null, null, d, false) : null, List.of()));
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("done") String done) {
        return Templates.message(tenant.require(), caller.displayName(),
                screen(id, null, null, done == null ? null : DONE.get(done), null, null));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response accept(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "accept", form, m -> workflow.accept(id, form.department, caller.actor(), form.comment));
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response reject(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "reject", form, m -> workflow.reject(id, caller.actor(), form.reason));
    }

    @POST
    @Path("{id}/transfer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response transfer(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "transfer", form, m -> workflow.transfer(id, form.department, caller.actor(), form.comment));
    }

    @POST
    @Path("{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "reply", form, m -> workflow.draftReply(id, form.reply, caller.actor()));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response returnReply(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "return", form, m -> workflow.returnReply(id, caller.actor(), form.comment));
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response approve(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "approve", form, m -> workflow.approveReply(id, caller.actor(), form.comment, edited(form.reply, m)));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response publish(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "publish", form, m -> workflow.publish(id, caller.actor()));
    }

    @POST
    @Path("{id}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response unpublish(@PathParam("id") long id, @BeanParam MessageStepForm form) {
        return step(id, "unpublish", form, m -> workflow.unpublish(id, caller.actor(), form.comment));
    }

    /**
     * A file the citizen sent, for staff who may see the message (as its page checks); always a
     * download, never rendered in the back office's origin, and kept out of every cache.
     */
    @GET
    @Path("{id}/attachments/{file}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        MessageFile found = queues.file(caller.actor(), id, file).orElseThrow(() -> new NotFoundException("附件不存在。"));
        String encoded = URLEncoder.encode(found.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(found.bytes(), found.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @POST
    @Path("{id}/attachments/{file}/show")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response showFile(@PathParam("id") long id, @PathParam("file") long file, @BeanParam MessageStepForm form) {
        return step(id, "show-file", form, m -> workflow.showAttachment(id, file, true, caller.actor()));
    }

    @POST
    @Path("{id}/attachments/{file}/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.EDITOR)
    public Response hideFile(@PathParam("id") long id, @PathParam("file") long file, @BeanParam MessageStepForm form) {
        return step(id, "hide-file", form, m -> workflow.showAttachment(id, file, false, caller.actor()));
    }

    @GET
    @Path("settings")
    @AccessRule(Role.WEBMASTER)
    public TemplateInstance settings(@QueryParam("saved") boolean saved) {
        return Templates.settings(tenant.require(), caller.displayName(),
                new Settings(deadlines.replyDays(), MessageDeadlines.MAX_REPLY_DAYS, null, null, saved));
    }

    @POST
    @Path("settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response saveSettings(@RestForm String replyDays) {
        try {
            int days;
            try {
                days = Integer.parseInt(replyDays == null ? "" : replyDays.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("replyDays", "办理时限应为 1 至 " + MessageDeadlines.MAX_REPLY_DAYS + " 个工作日");
            }
            deadlines.setReplyDays(caller.actor(), days);
            return Response.seeOther(URI.create("/admin/messages/settings?saved=true")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.settings(tenant.require(), caller.displayName(),
                    new Settings(deadlines.replyDays(), MessageDeadlines.MAX_REPLY_DAYS, replyDays, e.getMessage(), false)))
                    .build();
        }
    }

    /**
     * Takes a step on the message as the page showed it; then back to the message (POST-redirect-GET),
     * or, when refused, the message as it is now with the reason and what was typed.
     */
    private Response step(long id, String action, MessageStepForm form, Function<Message, MessageDetail> work) {
        try {
            steps.expecting(id, form.expectedVersion(), work);
            return Response.seeOther(URI.create("/admin/messages/" + id + "?done=" + action)).build();
        } catch (PortalException e) {
            String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
            return refused(id, e.status(), e.getMessage(), field, action, form);
        } catch (RuntimeException e) {
            if (!isConcurrentChange(e)) {
                throw e;
            }
            // The other editor's step committed between our read and our write.
            ConflictException conflict = new ConflictException(
                    "另一位工作人员同时处理了这条留言，本次操作没有执行。请查看下方的最新情况后再决定。");
            return refused(id, conflict.status(), conflict.getMessage(), null, action, form);
        }
    }

    private Response refused(long id, int status, String error, String field, String action, MessageStepForm form) {
        return Response.status(status).entity(Templates.message(tenant.require(), caller.displayName(),
                screen(id, error, field, null, action, form))).build();
    }

    /** The message as the caller may see it (404 for an id this county does not have, 403 for another department's). */
    private MessageScreen screen(long id, String error, String field, String notice, String failed, MessageStepForm typed) {
        Actor me = caller.actor();
        MessageDetail message = queues.detail(me, id);
        boolean editor = work.getMessages().countyEditor();
        TenantInfo site = tenant.require();
        boolean drafter = !editor && message.departmentCode() != null
                && caller.bindings().departmentIn(site.code()).map(message.departmentCode()::equals).orElse(false);
        List<Department> choices = editor ? departments.all() : List.of();
        return new MessageScreen(message, editor, drafter, choices, error, field, notice, failed, typed);
    }

    private TemplateInstance list(MessageList list) {
        return Templates.list(tenant.require(), caller.displayName(), list);
    }

    /** The editor's corrected reply, or null when the department's text was left as it was. */
    private static String edited(String reply, Message message) {
        if (reply == null || Objects.equals(comparable(reply), comparable(message.getReply()))) {
            return null;
        }
        return reply;
    }

    /** Browsers send a textarea's line breaks as CR LF; the stored text has LF. */
    private static String comparable(String text) {
        return text == null ? null : text.replace("\r\n", "\n").strip();
    }

    private static int page(Integer page) {
        return page == null || page < 1 ? 1 : page;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isConcurrentChange(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof jakarta.persistence.OptimisticLockException || e instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
