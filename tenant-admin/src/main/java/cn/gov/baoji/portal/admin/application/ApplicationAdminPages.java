package cn.gov.baoji.portal.admin.application;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.application.ApplicationDetail;
import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationPage;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationRow;
import cn.gov.baoji.portal.core.application.ApplicationState;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.application.FormDefinition;
import cn.gov.baoji.portal.core.application.GuideTerms;
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
 * The back office of online applications: the department's queue (the webmaster sees the whole
 * county's), one application with its steps, files and the handling forms, the service figures,
 * and the webmaster's form editor. Forms carry the CSRF token; the rules are the services'.
 */
@Path("/admin/applications")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class ApplicationAdminPages {

    private static final int PAGE_SIZE = 20;

    private final ApplicationQueues queues;
    private final ApplicationWorkflow workflow;
    private final ApplicationForms forms;
    private final ApplicationFigures figures;
    private final ApplicationGuides guides;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Caller caller;

    ApplicationAdminPages(ApplicationQueues queues, ApplicationWorkflow workflow, ApplicationForms forms,
            ApplicationFigures figures, ApplicationGuides guides, DepartmentService departments, TenantContext tenant, Caller caller) {
        this.queues = queues;
        this.workflow = workflow;
        this.forms = forms;
        this.figures = figures;
        this.guides = guides;
        this.departments = departments;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** The queue page: the filters as chosen, the page of applications, and links keeping the filters. */
    public record QueueView(String filter, String department, List<Filter> filters, List<Department> departments,
            boolean webmaster, ApplicationPage<ApplicationRow> result, String query, ApplicationQueues.Counts counts) {

        public boolean hasPrevious() {
            return result.page() > 1;
        }

        public boolean hasNext() {
            return result.page() < result.pages();
        }
    }

    /** One tab of the queue. */
    public record Filter(String value, String label, boolean selected) {
    }

    /** A guide and the state of its online form, for the webmaster's list. */
    public record GuideRow(String code, String name, String department, boolean open, int version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, QueueView queue);

        static native TemplateInstance detail(TenantInfo site, String userName, ApplicationDetail application, String error);

        static native TemplateInstance forms(TenantInfo site, String userName, List<GuideRow> guides);

        static native TemplateInstance form(TenantInfo site, String userName, FormEditorView editor, String error, String notice);

        static native TemplateInstance stats(TenantInfo site, String userName, ApplicationFigures.Stats stats);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("filter") String filter, @QueryParam("department") String department,
            @QueryParam("page") String page) {
        String f = filter == null || filter.isBlank() ? "open" : filter.strip();
        ApplicationQueues.Filter query = switch (f) {
            case "open" -> new ApplicationQueues.Filter(null, true, null, department, number(page), PAGE_SIZE);
            case "overdue" -> new ApplicationQueues.Filter(null, null, true, department, number(page), PAGE_SIZE);
            case "all" -> new ApplicationQueues.Filter(null, null, null, department, number(page), PAGE_SIZE);
            default -> new ApplicationQueues.Filter(ApplicationState.fromKey(f)
                    .orElseThrow(() -> new InvalidInputException("filter", "未知的筛选条件")), null, null, department, number(page),
                    PAGE_SIZE);
        };
        List<Filter> filters = List.of(new Filter("open", "待办（未办结）", f.equals("open")),
                new Filter("submitted", "待受理", f.equals("submitted")), new Filter("material", "待补正", f.equals("material")),
                new Filter("overdue", "已超期", f.equals("overdue")), new Filter("approved", "准予办理", f.equals("approved")),
                new Filter("refused", "不予办理", f.equals("refused")), new Filter("all", "全部", f.equals("all")));
        boolean webmaster = caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
        String d = webmaster && department != null ? department.strip() : "";
        String keep = "filter=" + enc(f) + (d.isEmpty() ? "" : "&department=" + enc(d)) + "&";
        return Templates.list(tenant.require(), caller.displayName(), new QueueView(f, d, filters,
                webmaster ? departments.all() : List.of(), webmaster, queues.list(caller.actor(), query), keep,
                queues.counts(caller.actor())));
    }

    @GET
    @Path("find")
    public Response find(@QueryParam("number") String number) {
        return queues.byTrackingNumber(caller.actor(), number)
                .map(a -> Response.seeOther(URI.create("/admin/applications/" + a.id())).build())
                .orElseThrow(() -> new NotFoundException("没有找到这个办件编号，或该申报件不由您的部门办理。"));
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return Templates.detail(tenant.require(), caller.displayName(), queues.detail(caller.actor(), id), null);
    }

    @POST
    @Path("{id}/action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @RestForm String action, @RestForm String comment) {
        try {
            switch (action == null ? "" : action) {
                case "accept" -> workflow.accept(id, caller.actor(), comment);
                case "request" -> workflow.requestMaterial(id, caller.actor(), comment);
                case "approve" -> workflow.approve(id, caller.actor(), comment);
                case "refuse" -> workflow.refuse(id, caller.actor(), comment);
                default -> throw new InvalidInputException("action", "未知操作");
            }
            return Response.seeOther(URI.create("/admin/applications/" + id)).build();
        } catch (PortalException e) {
            ApplicationDetail current = queues.detail(caller.actor(), id);
            return Response.status(e.status()).entity(Templates.detail(tenant.require(), caller.displayName(), current,
                    e.getMessage())).build();
        }
    }

    @GET
    @Path("{id}/files/{file}/{name}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("file") long file, @PathParam("name") String name) {
        // The name is only there so that browsers save the file under it; the ids decide.
        ApplicationQueues.FileContent content = queues.file(caller.actor(), id, file);
        String encoded = URLEncoder.encode(content.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content.bytes(), content.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("stats")
    public TemplateInstance stats() {
        return Templates.stats(tenant.require(), caller.displayName(), figures.stats());
    }

    @GET
    @Path("forms")
    @AccessRule(Role.WEBMASTER)
    public TemplateInstance forms() {
        List<GuideRow> rows = guides.all(caller.actor()).stream().map(g -> new GuideRow(g.code(), g.name(),
                departments.byCode(g.departmentCode()).map(Department::getName).orElse(g.departmentCode()), g.open(),
                forms.edit(caller.actor(), g.code()).version())).toList();
        return Templates.forms(tenant.require(), caller.displayName(), rows);
    }

    @GET
    @Path("forms/{code}")
    @AccessRule(Role.WEBMASTER)
    public TemplateInstance form(@PathParam("code") String code, @QueryParam("saved") String saved,
            @QueryParam("results") String results) {
        GuideTerms guide = guide(code);
        ApplicationForms.Current current = forms.edit(caller.actor(), guide.code());
        String notice = saved != null ? "表单已保存（第 " + current.version() + " 版）。" + (current.version() > 1
                ? "已提交的申报件仍按提交时的版本显示。" : "") : results != null ? "公示内容已保存。" : null;
        return Templates.form(tenant.require(), caller.displayName(), FormEditorView.of(guide, current, current.definition()),
                null, notice);
    }

    @POST
    @Path("forms/{code}")
    @AccessRule(Role.WEBMASTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveForm(@PathParam("code") String code, @BeanParam FormEditorFields fields) {
        GuideTerms guide = guide(code);
        FormDefinition edited = null;
        try {
            edited = fields.definition();
            int version = forms.save(caller.actor(), guide.code(), edited);
            return Response.seeOther(URI.create("/admin/applications/forms/" + enc(guide.code()) + "?saved=" + version)).build();
        } catch (PortalException e) {
            ApplicationForms.Current current = forms.edit(caller.actor(), guide.code());
            // What the webmaster typed stays on the page, with the reason it was not saved.
            return Response.status(e.status()).entity(Templates.form(tenant.require(), caller.displayName(),
                    FormEditorView.of(guide, current, edited == null ? current.definition() : edited), e.getMessage(), null))
                    .build();
        }
    }

    @POST
    @Path("forms/{code}/results")
    @AccessRule(Role.WEBMASTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveResultFields(@PathParam("code") String code, @RestForm("resultField") List<String> keys) {
        GuideTerms guide = guide(code);
        try {
            forms.setResultFields(caller.actor(), guide.code(), keys);
            return Response.seeOther(URI.create("/admin/applications/forms/" + enc(guide.code()) + "?results=1")).build();
        } catch (PortalException e) {
            ApplicationForms.Current current = forms.edit(caller.actor(), guide.code());
            return Response.status(e.status()).entity(Templates.form(tenant.require(), caller.displayName(),
                    FormEditorView.of(guide, current, current.definition()), e.getMessage(), null)).build();
        }
    }

    private GuideTerms guide(String code) {
        return guides.forEditing(caller.actor(), code);
    }

    private static int number(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(page.strip());
            if (n < 1 || n > 10_000) {
                throw new InvalidInputException("page", "page 应为 1 至 10000 之间的整数");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "page 应为整数");
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
