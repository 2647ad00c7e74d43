package cn.gov.baoji.portal.web.survey;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.survey.AnswerInput;
import cn.gov.baoji.portal.core.survey.SurveyAnswering;
import cn.gov.baoji.portal.core.survey.SurveyResults;
import cn.gov.baoji.portal.core.survey.SurveySummary;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.core.survey.Surveys;
import cn.gov.baoji.portal.web.guard.ClientAddress;
import cn.gov.baoji.portal.web.site.Paging;
import io.vertx.ext.web.RoutingContext;

/** The public survey API of the host's county: published surveys, answering them, their results when public. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyApiResource {

    private final Surveys surveys;
    private final SurveyAnswering answering;
    private final SurveyResults results;
    private final SubmissionGuard guard;
    private final ClientAddress addresses;
    private final RoutingContext routing;

    SurveyApiResource(Surveys surveys, SurveyAnswering answering, SurveyResults results, SubmissionGuard guard,
            ClientAddress addresses, RoutingContext routing) {
        this.surveys = surveys;
        this.answering = answering;
        this.results = results;
        this.guard = guard;
        this.addresses = addresses;
        this.routing = routing;
    }

    /**
     * A survey in the list.
     *
     * @param state {@code not-started}, {@code open} or {@code closed}
     * @param resultsAvailable whether {@code GET /api/v1/surveys/{id}/results} answers now
     */
    public record SurveyItem(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String state,
            boolean resultsAvailable) {

        static SurveyItem of(SurveySummary s) {
            return new SurveyItem(s.id(), s.title(), s.startsAt(), s.endsAt(), s.phase().key(), s.resultsPublic());
        }
    }

    /** A page of surveys. */
    public record SurveyPage(List<SurveyItem> items, long total, int page, int pages, boolean hasPrevious,
            boolean hasNext) {
    }

    /** A survey with its questions; {@code kind} is {@code single}, {@code multiple} or {@code text}. */
    public record SurveyDetail(long id, String title, String intro, OffsetDateTime startsAt, OffsetDateTime endsAt,
            String state, boolean resultsAvailable, List<Question> questions) {

        public record Question(long id, int number, String kind, String title, boolean required, List<Option> options) {
        }

        public record Option(long id, String label) {
        }

        static SurveyDetail of(SurveyView s) {
            return new SurveyDetail(s.id(), s.title(), s.intro(), s.startsAt(), s.endsAt(), s.phase().key(),
                    s.resultsPublic(), s.questions().stream().map(q -> new Question(q.id(), q.number(), q.kind().key(),
                            q.title(), q.required(), q.options().stream().map(o -> new Option(o.id(), o.label())).toList()))
                            .toList());
        }
    }

    /**
     * The answers: one entry per answered question, {@code options} (ids) for single and multiple
     * choice, {@code text} for free text.
     */
    public record ResponseBody(List<AnswerInput> answers) {
    }

    /** The answer was stored. */
    public record Received(long survey, String message) {
    }

    /**
     * Figures of a survey: per choice question how many answered it and, per option, how many chose
     * it and their share of those who answered ({@code percent}, one decimal). Free-text answers are
     * only counted: their words may hold personal data and are never public.
     */
    public record Figures(long survey, long responses, List<QuestionFigures> questions) {

        public record QuestionFigures(long id, int number, String kind, String title, long answered,
                List<OptionFigures> options) {
        }

        public record OptionFigures(long id, String label, long count, BigDecimal percent) {
        }

        static Figures of(SurveyResults.Results r) {
            return new Figures(r.surveyId(), r.responses(), r.questions().stream().map(q -> new QuestionFigures(
                    q.questionId(), q.number(), q.kind().key(), q.title(), q.answered(), q.options().stream()
                            .map(o -> new OptionFigures(o.optionId(), o.label(), o.count(), o.percent())).toList()))
                    .toList());
        }
    }

    @GET
    @Operation(summary = "Published surveys of the host's county, open and closed, the latest start first")
    public SurveyPage list(@QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, Surveys.MAX_PAGE_SIZE);
        var found = surveys.published(page, size);
        return new SurveyPage(found.items().stream().map(SurveyItem::of).toList(), found.total(), found.page(),
                found.pages(), found.hasPrevious(), found.hasNext());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published survey with its questions and options; drafts are 404")
    public SurveyDetail survey(@PathParam("id") long id) {
        return SurveyDetail.of(surveys.published(id).orElseThrow(() -> new NotFoundException(SurveyPageResource.NOT_FOUND)));
    }

    @POST
    @Path("{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Answers a survey: once per browser (its survey-key cookie) and per client address within the "
            + "configured window; 409 before the start, after the end or when already answered; 400 for missing "
            + "required answers, unknown question or option ids, several options for a single choice or too long text; "
            + "429 when the address sends too much")
    @APIResponse(responseCode = "201", description = "Stored")
    public Received respond(@PathParam("id") long id, ResponseBody body) {
        String address = addresses.of(routing.request());
        guard.limit("survey", address);
        answering.submit(id, body == null ? null : body.answers(), SurveyCookie.of(routing.request()).orElse(null), address);
        return new Received(id, "感谢您的参与！");
    }

    @GET
    @Path("{id}/results")
    @Operation(summary = "Figures of a published survey once they are public (after the end, or while open when the "
            + "webmaster allows it); 403 before that, 404 for drafts")
    public Figures results(@PathParam("id") long id) {
        return Figures.of(results.publicResults(id));
    }
}
