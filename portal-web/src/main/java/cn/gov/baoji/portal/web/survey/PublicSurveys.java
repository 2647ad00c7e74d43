package cn.gov.baoji.portal.web.survey;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.survey.QuestionKind;
import cn.gov.baoji.portal.core.survey.SurveyLimits;
import cn.gov.baoji.portal.core.survey.SurveyPhase;
import cn.gov.baoji.portal.core.survey.SurveyResults;
import cn.gov.baoji.portal.core.survey.SurveySummary;
import cn.gov.baoji.portal.core.survey.SurveyView;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.FieldProblem;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.OptionField;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.OptionFigure;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.QuestionField;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.QuestionFigures;
import cn.gov.baoji.portal.web.survey.SurveyPageViews.SurveyCard;

/** Turns the county's surveys into what the public pages show. */
@ApplicationScoped
public class PublicSurveys {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectMapper json;

    PublicSurveys(ObjectMapper json) {
        this.json = json;
    }

    /** The answers as the form posted them, by question id: option ids or the text, as strings. */
    public record Given(Map<Long, List<String>> values) {

        public static final Given NONE = new Given(Map.of());

        List<String> of(long question) {
            return values.getOrDefault(question, List.of());
        }
    }

    SurveyPageViews.SurveyList list(PublicArticles.Page<SurveySummary> page) {
        return new SurveyPageViews.SurveyList(page.items().stream().map(s -> card(s.id(), s.title(), s.startsAt(),
                s.endsAt(), s.phase(), s.resultsPublic())).toList(), page.total(), page.page(), page.pages(),
                page.hasPrevious(), page.hasNext());
    }

    static SurveyCard card(SurveyView s) {
        return card(s.id(), s.title(), s.startsAt(), s.endsAt(), s.phase(), s.resultsPublic());
    }

    private static SurveyCard card(long id, String title, OffsetDateTime starts, OffsetDateTime ends, SurveyPhase phase,
            boolean resultsPublic) {
        return new SurveyCard(id, title, minute(starts) + " 至 " + minute(ends), phase.key(), phase.label(),
                phase == SurveyPhase.OPEN, resultsPublic, "/surveys/" + id, "/surveys/" + id + "/results");
    }

    /**
     * The form, first shown (no answers, no problems) or again after a refusal with what was chosen
     * and written, and each question's problem beside it.
     *
     * @param blocked the answer was refused as a whole (already answered, closed meanwhile): no form again
     */
    SurveyPageViews.SurveyForm form(SurveyView survey, Given given, Map<Long, String> problems, String message,
            boolean preview, boolean blocked, String csrfName, String csrfToken) {
        List<QuestionField> questions = new ArrayList<>();
        List<FieldProblem> summary = new ArrayList<>();
        for (SurveyView.QuestionView q : survey.questions()) {
            String problem = problems.getOrDefault(q.id(), "");
            List<String> values = given.of(q.id());
            boolean text = q.kind() == QuestionKind.TEXT;
            List<OptionField> options = q.options().stream().map(o -> new OptionField(o.id(), o.label(),
                    "q" + q.id() + "-o" + o.id(), values.contains(String.valueOf(o.id())))).toList();
            String inputId = text || options.isEmpty() ? "q" + q.id() : options.get(0).inputId();
            questions.add(new QuestionField(q.id(), q.number(), q.title(), q.kind().label(), text, q.required(),
                    "q" + q.id(), switch (q.kind()) {
                        case SINGLE -> "radio";
                        case MULTIPLE -> "checkbox";
                        case TEXT -> "";
                    }, inputId, options, text && !values.isEmpty() ? values.get(0) : "", SurveyLimits.ANSWER_TEXT,
                    problem, !problem.isEmpty(), "q" + q.id() + "-problem"));
            if (!problem.isEmpty()) {
                summary.add(new FieldProblem(problem, inputId));
            }
        }
        String closed = switch (survey.phase()) {
            case NOT_STARTED -> "本次调查尚未开始，开始时间为 " + minute(survey.startsAt()) + "。";
            case CLOSED -> "本次调查已经结束，感谢您的关注。";
            default -> "";
        };
        boolean showForm = preview || survey.phase() == SurveyPhase.OPEN && !blocked;
        return new SurveyPageViews.SurveyForm(card(survey), paragraphs(survey.intro()), preview, showForm,
                showForm || message != null ? "" : closed, message == null ? "" : message, questions, summary, !summary.isEmpty(),
                preview ? "get" : "post", csrfName == null ? "" : csrfName, csrfToken == null ? "" : csrfToken);
    }

    SurveyPageViews.SurveyFigures figures(SurveyView survey, SurveyResults.Results results) {
        List<QuestionFigures> questions = results.questions().stream().map(q -> {
            List<OptionFigure> options = q.options().stream()
                    .map(o -> new OptionFigure(o.label(), o.count(), o.percent().toPlainString())).toList();
            return new QuestionFigures(q.questionId(), q.number(), q.title(), q.kind().label(), q.kind() == QuestionKind.TEXT,
                    q.answered(), options, q.kind() == QuestionKind.TEXT ? "" : chart(options), "question-" + q.questionId());
        }).toList();
        return new SurveyPageViews.SurveyFigures(card(survey), results.responses(), questions);
    }

    private String chart(List<OptionFigure> options) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", options.stream().map(OptionFigure::label).toList());
        data.put("counts", options.stream().map(OptionFigure::count).toList());
        data.put("percents", options.stream().map(OptionFigure::percent).toList());
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String minute(OffsetDateTime time) {
        return time.atZoneSameInstant(CHINA).format(MINUTE);
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\r?\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
