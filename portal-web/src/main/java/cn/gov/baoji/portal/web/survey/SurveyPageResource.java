package cn.gov.baoji.portal.web.survey;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.security.CsrfCookieScope;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.survey.AnswerInput;
import cn.gov.baoji.portal.core.survey.AnswersRejectedException;
import cn.gov.baoji.portal.core.survey.QuestionKind;
import cn.gov.baoji.portal.core.survey.SurveyAnswering;
import cn.gov.baoji.portal.core.survey.SurveyResults;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.survey.Surveys;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.vertx.ext.web.RoutingContext;

/**
 * The public survey pages of the request's county: the list, a survey's form (a plain form that
 * works without JavaScript), the thank-you page and the results. Drafts are not found.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SurveyPageResource {

    static final String NOT_FOUND = "调查不存在或尚未发布。";
    private static final int PAGE_SIZE = 20;

    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final SurveyResults results;
    private final PublicSurveys views;
    private final SitePages pages;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final CsrfTokenParameterProvider csrf;
    private final RoutingContext routing;

    SurveyPageResource(Surveys surveys, SurveyAnswering answering, SurveyResults results, PublicSurveys views,
            SitePages pages, SubmissionGuard guard, ClientAddress addresses, CsrfTokenParameterProvider csrf,
            RoutingContext routing) {
        this.surveys = surveys;
        this.answering = answering;
        this.results = results;
        this.views = views;
        this.pages = pages;
        this.guard = guard;
        this.addresses = addresses;
        this.csrf = csrf;
        this.routing = routing;
    }

    @GET
    @Path("surveys")
    public String list(@QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        return pages.render("surveys", Map.of("surveys", views.list(surveys.published(page, PAGE_SIZE))));
    }

    /** The form; shown, it gives the browser its survey token (once) and the form its CSRF token. */
    @GET
    @Path("surveys/{id}")
    public Response survey(@PathParam("id") long id) {
        SurveyView survey = published(id);
        Optional<String> token = SurveyCookie.of(routing.request());
        boolean answered = token.isPresent() && answering.answered(id, token.get());
        Response.ResponseBuilder answer = Response.ok(render(survey, PublicSurveys.Given.NONE, Map.of(),
                answered ? SurveyAnswering.ALREADY : null, answered));
        if (token.isEmpty()) {
            answer.cookie(SurveyCookie.cookie(SurveyCookie.fresh()));
        }
        return privately(answer);
    }

    /**
     * The answers of the form. Sent: to the thank-you page (POST-redirect-GET). Refused: the form
     * again, with what was chosen and written, and each question's problem beside it.
     */
    @POST
    @Path("surveys/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String address = addresses.of(routing.request());
        guard.limit("survey", address);
        SurveyView survey = published(id);
        PublicSurveys.Given given = given(form);
        try {
            answering.submit(id, answers(survey, given), SurveyCookie.of(routing.request()).orElse(null), address);
            return Response.seeOther(URI.create("/surveys/" + id + "/thanks")).build();
        } catch (AnswersRejectedException e) {
            return privately(Response.status(400).entity(render(survey, given, e.byQuestion(), null, false)));
        } catch (InvalidInputException e) {
            return privately(Response.status(400).entity(render(survey, given, Map.of(), e.getMessage(), false)));
        } catch (ConflictException e) {
            return privately(Response.status(409).entity(render(survey, given, Map.of(), e.getMessage(), true)));
        }
    }

    @GET
    @Path("surveys/{id}/thanks")
    public String thanks(@PathParam("id") long id) {
        return pages.render("survey-thanks", Map.of("survey", PublicSurveys.card(published(id))));
    }

    @GET
    @Path("surveys/{id}/results")
    public String results(@PathParam("id") long id) {
        SurveyView survey = published(id);
        return pages.render("survey-results", Map.of("figures", views.figures(survey, results.publicResults(id))));
    }

    private SurveyView published(long id) {
        return surveys.published(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    private String render(SurveyView survey, PublicSurveys.Given given, Map<Long, String> problems, String message,
            boolean blocked) {
        CsrfCookieScope.keepFor(routing);
        return pages.render("survey", Map.of("form", views.form(survey, given, problems, message, false, blocked,
                csrf.getParameterName(), csrf.getToken())));
    }

    /** Pages with a form token or a cookie of their own are for this browser only. */
    private static Response privately(Response.ResponseBuilder answer) {
        return answer.header("Cache-Control", "private, no-store").build();
    }

    /** The form's {@code q<id>} fields; anything else (the CSRF token) is not an answer. */
    private static PublicSurveys.Given given(MultivaluedMap<String, String> form) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, list) -> {
                if (name.matches("q\\d{1,18}")) {
                    List<String> kept = list.stream().filter(v -> v != null && !v.isEmpty()).toList();
                    if (!kept.isEmpty()) {
                        values.put(Long.parseLong(name.substring(1)), kept);
                    }
                }
            });
        }
        return new PublicSurveys.Given(values);
    }

    /** The posted fields as the service's answers; option values that are no number name no option. */
    private static List<AnswerInput> answers(SurveyView survey, PublicSurveys.Given given) {
        Map<Long, QuestionKind> kinds = new LinkedHashMap<>();
        survey.questions().forEach(q -> kinds.put(q.id(), q.kind()));
        List<AnswerInput> answers = new ArrayList<>();
        given.values().forEach((question, values) -> {
            if (kinds.get(question) == QuestionKind.TEXT) {
                if (values.size() > 1) {
                    throw new InvalidInputException("answers", "每道填空题只能填写一段文字");
                }
                answers.add(new AnswerInput(question, List.of(), values.get(0)));
            } else {
                answers.add(new AnswerInput(question, values.stream().map(SurveyPageResource::optionId).toList(), null));
            }
        });
        return answers;
    }

    private static Long optionId(String value) {
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("answers", "所选的选项不存在，请刷新页面后重新作答");
        }
    }
}
