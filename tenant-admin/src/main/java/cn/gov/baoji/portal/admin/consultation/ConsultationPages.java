package cn.gov.baoji.portal.admin.consultation;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.ConsultationAttachment;
import cn.gov.baoji.portal.core.consultation.ConsultationComments;
import cn.gov.baoji.portal.core.consultation.ConsultationPolicy;
import cn.gov.baoji.portal.core.consultation.ConsultationService;
import cn.gov.baoji.portal.core.consultation.Moderation;
import cn.gov.baoji.portal.core.consultation.Texts;
import cn.gov.baoji.portal.core.content.PublicArticles.Page;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The back office's consultations (意见征集): the webmaster writes, attaches the files and publishes;
 * county editors see them and moderate the comments ({@link CommentModerationPages}); after the
 * deadline the webmaster answers them ({@link FeedbackPages}).
 */
@Path("/admin/consultations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.EDITOR)
public class ConsultationPages {

    static final int PAGE_SIZE = 20;

    private final ConsultationService consultations;
    private final ConsultationComments comments;
    private final ConsultationPolicy policy;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Caller caller;
    private final Clock clock;

    ConsultationPages(ConsultationService consultations, ConsultationComments comments, ConsultationPolicy policy,
            DepartmentService departments, TenantContext tenant, Caller caller, Clock clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.policy = policy;
        this.departments = departments;
        this.tenant = tenant;
        this.caller = caller;
        this.clock = clock;
    }

    /** A consultation in the list. */
    public record ListRow(long id, String title, String department, String stateLabel, String phaseLabel, String window,
            long pending, long received, boolean feedbackPublished) {
    }

    /** How many comments a consultation has in each moderation state. */
    public record CommentCounts(long pending, long approved, long rejected) {

        static CommentCounts of(Map<Moderation, Long> counts) {
            return new CommentCounts(counts.get(Moderation.PENDING), counts.get(Moderation.APPROVED),
                    counts.get(Moderation.REJECTED));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, Page<ListRow> rows, boolean webmaster);

        static native TemplateInstance edit(TenantInfo site, String userName, Editing consultation,
                List<Department> departments, List<ConsultationAttachment> files, CommentCounts counts, boolean webmaster,
                String error, String field);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("page") @DefaultValue("1") int page) {
        Page<ConsultationService.Row> found = consultations.list(pageNumber(page), PAGE_SIZE);
        Page<ListRow> rows = new Page<>(found.items().stream().map(r -> {
            Consultation c = r.consultation();
            return new ListRow(c.getId(), c.getTitle(), r.department(), c.getState().label(),
                    c.isPublished() ? c.phase(clock.instant()).label() : "",
                    Texts.show(c.getOpensAt()) + " 至 " + Texts.show(c.getDeadline()), r.pending(), r.received(),
                    c.isFeedbackPublished());
        }).toList(), found.total(), found.page(), found.size());
        return Templates.list(tenant.require(), caller.displayName(), rows, policy.isWebmaster(caller.actor()));
    }

    @GET
    @Path("new")
    @AccessRule(Role.WEBMASTER)
    public TemplateInstance create() {
        return page(Editing.NEW, null, null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response create(@BeanParam ConsultationForm form) {
        try {
            Consultation created = consultations.create(caller.actor(), form.input());
            return Response.seeOther(URI.create("/admin/consultations/" + created.getId())).build();
        } catch (PortalException e) {
            return refused(Editing.NEW.typed(form), e);
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id) {
        return page(stored(id), null, null);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response update(@PathParam("id") long id, @BeanParam ConsultationForm form) {
        Editing current = stored(id);
        try {
            consultations.update(caller.actor(), id, form.input(), form.expectedVersion());
            return backTo(id);
        } catch (PortalException e) {
            return refused(current.typed(form), e);
        }
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response publish(@PathParam("id") long id) {
        Editing current = stored(id);
        try {
            consultations.publish(caller.actor(), id);
            return backTo(id);
        } catch (PortalException e) {
            return refused(current, e);
        }
    }

    @POST
    @Path("{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @AccessRule(Role.WEBMASTER)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file) {
        Editing current = stored(id);
        try {
            if (file == null || file.uploadedFile() == null) {
                throw new InvalidInputException("file", "请选择要上传的文件。");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件读取失败，请重新上传。");
            }
            consultations.attach(caller.actor(), id, file.fileName(), bytes);
            return backTo(id);
        } catch (PortalException e) {
            return refused(current, e);
        }
    }

    @POST
    @Path("{id}/attachments/{attachment}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @AccessRule(Role.WEBMASTER)
    public Response removeAttachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        Editing current = stored(id);
        try {
            consultations.removeAttachment(caller.actor(), id, attachment);
            return backTo(id);
        } catch (PortalException e) {
            return refused(current, e);
        }
    }

    /** A file of the consultation in any state, for the back office (the public address answers once published). */
    @GET
    @Path("{id}/files/{attachment}/{name}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("attachment") long attachment,
            @PathParam("name") String name) {
        ConsultationService.File file = consultations.file(id, attachment)
                .orElseThrow(() -> new NotFoundException("附件不存在。"));
        return Response.ok(file.bytes(), file.attachment().getContentType())
                .header("Content-Disposition", (file.attachment().isImage() ? "inline" : "attachment")
                        + "; filename*=UTF-8''" + file.attachment().encodedName())
                .header("Cache-Control", "private, no-store")
                .build();
    }

    static int pageNumber(int page) {
        if (page < 1 || page > 10_000) {
            throw new InvalidInputException("page", "page 应为 1 至 10000 之间的整数");
        }
        return page;
    }

    private Editing stored(long id) {
        Consultation c = consultations.get(id);
        String code = departments.byId(c.getDepartmentId()).map(Department::getCode).orElse("");
        return Editing.of(c, code, clock.instant());
    }

    private Response backTo(long id) {
        return Response.seeOther(URI.create("/admin/consultations/" + id)).build();
    }

    private Response refused(Editing shown, PortalException e) {
        String field = e instanceof InvalidInputException invalid ? invalid.field() : null;
        return Response.status(e.status()).entity(page(shown, e.getMessage(), field)).build();
    }

    private TemplateInstance page(Editing shown, String error, String field) {
        List<ConsultationAttachment> files = shown.id() == null ? List.of() : consultations.attachments(shown.id());
        CommentCounts counts = shown.id() == null ? new CommentCounts(0, 0, 0)
                : CommentCounts.of(comments.counts(shown.id()));
        return Templates.edit(tenant.require(), caller.displayName(), shown, departments.all(), files, counts,
                policy.isWebmaster(caller.actor()), error, field == null ? "" : field);
    }
}
