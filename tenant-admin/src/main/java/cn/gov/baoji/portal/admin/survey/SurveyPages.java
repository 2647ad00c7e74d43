package cn.gov.baoji.portal.admin.survey;

import java.net.URI;
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

import cn.gov.baoji.portal.admin.export.CsvTable;
import cn.gov.baoji.portal.admin.export.Downloads;
import cn.gov.baoji.portal.admin.export.XlsxTable;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.survey.SurveyEditor;
import cn.gov.baoji.portal.core.survey.SurveyExport;
import cn.gov.baoji.portal.core.survey.SurveyResults;
import cn.gov.baoji.portal.core.survey.SurveySummary;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.survey.Surveys;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The webmaster's survey pages: list, build (settings, questions, options), preview, publish,
 * results and the answers as CSV or Excel. Plain forms with a server round trip each (POST, then
 * back to the survey's page); every form carries the CSRF token. The rules are the services'.
 */
@Path("/admin/surveys")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class SurveyPages {

    private static final int PAGE_SIZE = 20;
    private static final int TEXTS_PAGE_SIZE = 50;

    private final Surveys surveys;
    private final SurveyEditor editor;
    private final SurveyResults results;
    private final SurveyExport export;
    private final SurveyPreviewer previewer;
    private final TenantContext tenant;
    private final Caller caller;

    SurveyPages(Surveys surveys, SurveyEditor editor, SurveyResults results, SurveyExport export,
            SurveyPreviewer previewer, TenantContext tenant, Caller caller) {
        this.surveys = surveys;
        this.editor = editor;
        this.results = results;
        this.export = export;
        this.previewer = previewer;
        this.tenant = tenant;
        this.caller = caller;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, List<AdminSurvey.Row> rows,
                PublicArticles.Page<SurveySummary> page);

        static native TemplateInstance edit(TenantInfo site, String userName, AdminSurvey survey, String error,
                String notice);

        static native TemplateInstance results(TenantInfo site, String userName, AdminSurvey survey,
                SurveyResults.Results results);

        static native TemplateInstance texts(TenantInfo site, String userName, AdminSurvey survey,
                SurveyView.QuestionView question, PublicArticles.Page<SurveyResults.TextAnswer> page);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("page") String page) {
        PublicArticles.Page<SurveySummary> found = surveys.all(caller.actor(), number(page, "page", 10_000), PAGE_SIZE);
        return Templates.list(tenant.require(), caller.displayName(), AdminSurvey.rows(found.items()), found);
    }

    @GET
    @Path("new")
    public TemplateInstance create() {
        return Templates.edit(tenant.require(), caller.displayName(), null, null, null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam SurveyForm form) {
        try {
            SurveyView created = editor.create(caller.actor(), form.settings());
            return back(created.id(), "created");
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(), null,
                    e.getMessage(), null)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@PathParam("id") long id, @QueryParam("notice") String notice) {
        return Templates.edit(tenant.require(), caller.displayName(), new AdminSurvey(surveys.get(caller.actor(), id)),
                null, notice == null ? null : Notices.text(notice));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam SurveyForm form) {
        return afterward(id, "saved", () -> editor.update(caller.actor(), id, form.settings(), form.expectedVersion()));
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("id") long id, @BeanParam QuestionForm form) {
        return afterward(id, "question-added", () -> editor.addQuestion(caller.actor(), id, form.input()));
    }

    @POST
    @Path("{id}/questions/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateQuestion(@PathParam("id") long id, @PathParam("question") long question,
            @BeanParam QuestionForm form) {
        return afterward(id, "question-saved", () -> editor.updateQuestion(caller.actor(), id, question, form.input()));
    }

    /** Moves a question ({@code direction} {@code up} or {@code down}) or removes it ({@code remove}). */
    @POST
    @Path("{id}/questions/{question}/action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response questionAction(@PathParam("id") long id, @PathParam("question") long question,
            @RestForm String action) {
        return afterward(id, "question-" + (action == null ? "" : action), () -> switch (action == null ? "" : action) {
            case "up" -> editor.moveQuestion(caller.actor(), id, question, -1);
            case "down" -> editor.moveQuestion(caller.actor(), id, question, 1);
            case "remove" -> editor.removeQuestion(caller.actor(), id, question);
            default -> throw new InvalidInputException("action", "未知操作");
        });
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id) {
        return afterward(id, "published", () -> editor.publish(caller.actor(), id));
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        try {
            editor.delete(caller.actor(), id);
            return Response.seeOther(URI.create("/admin/surveys/")).build();
        } catch (PortalException e) {
            return refused(id, e);
        }
    }

    /** The public form as citizens will see it, in the county's theme; it sends nothing and counts nothing. */
    @GET
    @Path("{id}/preview")
    public Response preview(@PathParam("id") long id) {
        return Response.ok(previewer.preview(surveys.get(caller.actor(), id))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{id}/results")
    public TemplateInstance results(@PathParam("id") long id) {
        return Templates.results(tenant.require(), caller.displayName(), new AdminSurvey(surveys.get(caller.actor(), id)),
                results.results(caller.actor(), id));
    }

    /** What citizens wrote for a free-text question, newest first; only the webmaster sees it. */
    @GET
    @Path("{id}/questions/{question}/texts")
    public TemplateInstance texts(@PathParam("id") long id, @PathParam("question") long question,
            @QueryParam("page") String page) {
        SurveyView survey = surveys.get(caller.actor(), id);
        PublicArticles.Page<SurveyResults.TextAnswer> found = results.texts(caller.actor(), id, question,
                number(page, "page", 100_000), TEXTS_PAGE_SIZE);
        SurveyView.QuestionView shown = survey.questions().stream().filter(q -> q.id() == question).findFirst()
                .orElseThrow();
        return Templates.texts(tenant.require(), caller.displayName(), new AdminSurvey(survey), shown, found);
    }

    @GET
    @Path("{id}/answers.csv")
    @Produces("text/csv;charset=UTF-8")
    public Response csv(@PathParam("id") long id) {
        String title = export.title(caller.actor(), id);
        CsvTable csv = new CsvTable();
        export.export(caller.actor(), id, csv);
        return download(csv.bytes(), "text/csv;charset=UTF-8", title, id, "csv");
    }

    @GET
    @Path("{id}/answers.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") long id) {
        String title = export.title(caller.actor(), id);
        try (XlsxTable xlsx = new XlsxTable("调查答卷")) {
            export.export(caller.actor(), id, xlsx);
            return download(xlsx.bytes(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", title, id,
                    "xlsx");
        }
    }

    private static Response download(byte[] bytes, String type, String title, long id, String extension) {
        return Downloads.attachment(bytes, type, "survey-" + id + "." + extension,
                "调查" + id + "-" + title + "." + extension);
    }

    private interface Step {
        Object run();
    }

    /** Runs a change; on success back to the survey (POST-redirect-GET), on refusal the page with the reason. */
    private Response afterward(long id, String notice, Step step) {
        try {
            step.run();
            return back(id, notice);
        } catch (PortalException e) {
            return refused(id, e);
        }
    }

    private Response refused(long id, PortalException e) {
        return Response.status(e.status()).entity(Templates.edit(tenant.require(), caller.displayName(),
                new AdminSurvey(surveys.get(caller.actor(), id)), e.getMessage(), null)).build();
    }

    private static Response back(long id, String notice) {
        return Response.seeOther(URI.create("/admin/surveys/" + id + "?notice=" + notice)).build();
    }

    private static int number(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException(field, "页码应为 1 至 " + max + " 之间的整数");
    }
}
