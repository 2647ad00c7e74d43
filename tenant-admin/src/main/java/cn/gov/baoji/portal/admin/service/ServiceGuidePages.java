package cn.gov.baoji.portal.admin.service;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.service.GuideInput;
import cn.gov.baoji.portal.core.service.GuideView;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * 办事指南 in the county back office: the items the city's catalogue lets this county offer, each
 * guide's county fields, publishing (only when complete) and its forms. For the webmaster and
 * editors; a department's reviewer keeps to their department's guides (the service decides).
 */
@Path("/admin/services")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.EDITOR)
public class ServiceGuidePages {

    private final ServiceGuides guides;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Caller caller;

    ServiceGuidePages(ServiceGuides guides, DepartmentService departments, TenantContext tenant, Caller caller) {
        this.guides = guides;
        this.departments = departments;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** The list: all offered items, or only those whose guide is incomplete. */
    public record ListPage(TenantInfo site, String userName, List<GuideView> guides, boolean incompleteOnly,
            long incomplete, String notice) {
    }

    /**
     * A guide's page; {@code values} are what the form shows (the stored fields, or what was typed into a
     * refused form), {@code timeLimit} the time limit as text.
     */
    public record GuidePage(TenantInfo site, String userName, GuideView guide, GuideInput values, String timeLimit,
            List<Department> departments, boolean ownDepartmentOnly, String error, String errorField, String notice) {
    }

    @CheckedTemplate(basePath = "ServiceGuidePages")
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance guide(GuidePage page);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("show") String show) {
        boolean incompleteOnly = "incomplete".equals(show);
        List<GuideView> all = guides.overview(caller.actor());
        long incomplete = all.stream().filter(g -> !g.complete()).count();
        return Templates.list(new ListPage(tenant.require(), caller.displayName(),
                incompleteOnly ? all.stream().filter(g -> !g.complete()).toList() : all, incompleteOnly, incomplete, null));
    }

    @GET
    @Path("{item}")
    public TemplateInstance guide(@PathParam("item") String item, @QueryParam("done") String done) {
        GuideView guide = guides.guide(caller.actor(), item);
        return Templates.guide(page(guide, stored(guide), timeLimit(guide), null, null, notice(done)));
    }

    @POST
    @Path("{item}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("item") String item, @BeanParam GuideForm form) {
        try {
            guides.save(caller.actor(), item, form.input(), form.seenVersion());
            return done(item, "saved");
        } catch (PortalException e) {
            return refused(item, e, form.typed(), form.timeLimitDays);
        }
    }

    @POST
    @Path("{item}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("item") String item, @RestForm String version) {
        return act(item, () -> guides.publish(caller.actor(), item, GuideVersions.parse(version)), "published");
    }

    @POST
    @Path("{item}/unpublish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unpublish(@PathParam("item") String item, @RestForm String version) {
        return act(item, () -> guides.unpublish(caller.actor(), item, GuideVersions.parse(version)), "unpublished");
    }

    @POST
    @Path("{item}/forms")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("item") String item, @RestForm String kind, @RestForm String title,
            @RestForm("file") FileUpload file) {
        return act(item, () -> {
            if (file == null || file.uploadedFile() == null) {
                throw new InvalidInputException("file", "请选择要上传的表格文件");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.uploadedFile());
            } catch (IOException e) {
                throw new InvalidInputException("file", "文件读取失败，请重新上传");
            }
            return guides.addForm(caller.actor(), item, kind, title, file.fileName(), bytes);
        }, "uploaded");
    }

    @POST
    @Path("{item}/forms/{form}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeForm(@PathParam("item") String item, @PathParam("form") long form) {
        return act(item, () -> {
            guides.removeForm(caller.actor(), item, form);
            return null;
        }, "removed");
    }

    /** A form's file, whatever the guide's state (the public address answers once it is published). */
    @GET
    @Path("{item}/forms/{form}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("item") String item, @PathParam("form") long form) {
        ServiceGuides.FormFile file = guides.file(caller.actor(), item, form);
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store").build();
    }

    private interface Step {
        Object run();
    }

    /** Runs a change: on success back to the guide (POST-redirect-GET); refused, the guide with the reason. */
    private Response act(String item, Step step, String done) {
        try {
            step.run();
            return done(item, done);
        } catch (PortalException e) {
            GuideView guide = guides.guide(caller.actor(), item);
            return Response.status(e.status()).entity(Templates.guide(page(guide, stored(guide), timeLimit(guide),
                    e.getMessage(), field(e), null))).build();
        }
    }

    private Response refused(String item, PortalException e, GuideInput typed, String timeLimit) {
        GuideView guide = guides.guide(caller.actor(), item);
        // A conflict means someone else changed it: show theirs, not a stale copy to overwrite it with.
        GuideInput shown = e instanceof ConflictException ? stored(guide) : typed;
        String days = e instanceof ConflictException ? timeLimit(guide) : timeLimit == null ? "" : timeLimit;
        return Response.status(e.status()).entity(Templates.guide(page(guide, shown, days, e.getMessage(), field(e), null)))
                .build();
    }

    private GuidePage page(GuideView guide, GuideInput values, String timeLimit, String error, String errorField,
            String notice) {
        TenantInfo site = tenant.require();
        boolean ownOnly = !caller.bindings().allows(site.code(), Role.WEBMASTER)
                && caller.bindings().departmentIn(site.code()).isPresent();
        return new GuidePage(site, caller.displayName(), guide, values, timeLimit, departments.all(), ownOnly, error,
                errorField, notice);
    }

    private static GuideInput stored(GuideView g) {
        return new GuideInput(g.basis(), g.conditions(), g.materials(), g.place(), g.hours(), g.phone(), g.process(),
                g.fees(), g.timeLimitDays(), g.department(), g.window(), g.online());
    }

    private static String timeLimit(GuideView g) {
        return g.timeLimitDays() == null ? "" : g.timeLimitDays().toString();
    }

    private static String field(PortalException e) {
        return e instanceof InvalidInputException i ? i.field() : null;
    }

    private static Response done(String item, String what) {
        return Response.seeOther(URI.create("/admin/services/" + item + "?done=" + what)).build();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> "已保存。";
            case "published" -> "已发布，市民现在可以在网站上看到这份办事指南。";
            case "unpublished" -> "已撤下，网站上不再显示这份办事指南。";
            case "uploaded" -> "表格已上传。";
            case "removed" -> "表格已删除。";
            default -> null;
        };
    }
}
