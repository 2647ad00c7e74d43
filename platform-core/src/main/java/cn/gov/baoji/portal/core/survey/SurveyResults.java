package cn.gov.baoji.portal.core.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The figures of a survey: per question how many answered it, per option how many chose it and what
 * share of those who answered the question that is (for multiple choice the shares add up to more
 * than 100 %). Free-text answers are counted here; their words go to the webmaster only, since
 * citizens may have written personal data into them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SurveyResults {

    private final EntityManager em;
    private final Surveys surveys;

    SurveyResults(EntityManager em, Surveys surveys) {
        this.em = em;
        this.surveys = surveys;
    }

    /** The figures of a survey. */
    public record Results(long surveyId, long responses, List<QuestionResult> questions) {
    }

    /**
     * One question's figures.
     *
     * @param answered how many responses answered this question
     * @param options per option, in order; empty for free text
     */
    public record QuestionResult(long questionId, int number, QuestionKind kind, String title, boolean required,
            long answered, List<OptionResult> options) {
    }

    /** @param percent share of those who answered the question, one decimal, half up */
    public record OptionResult(long optionId, String label, long count, BigDecimal percent) {
    }

    /**
     * The figures citizens may see: after the end, or while open when the webmaster allows it.
     *
     * @throws NotFoundException for drafts and unknown ids
     * @throws AccessDeniedException while the results are not public yet
     */
    public Results publicResults(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null || survey.state == SurveyState.DRAFT) {
            throw new NotFoundException(Surveys.NOT_FOUND);
        }
        if (!survey.resultsPublicAt(surveys.now())) {
            throw new AccessDeniedException(survey.phaseAt(surveys.now()) == SurveyPhase.NOT_STARTED ? "本次调查尚未开始。"
                    : "本次调查的结果将在调查结束后公布。");
        }
        return compute(survey);
    }

    /** The figures at any time, for the webmaster. */
    public Results results(Actor actor, long id) {
        surveys.requireWebmaster(actor);
        return compute(surveys.require(id));
    }

    /** A free-text answer, with when it was sent. */
    public record TextAnswer(long responseId, OffsetDateTime submittedAt, String text) {
    }

    /** The texts written for a free-text question, newest first, for the webmaster. */
    public PublicArticles.Page<TextAnswer> texts(Actor actor, long id, long questionId, int page, int size) {
        surveys.requireWebmaster(actor);
        Survey survey = surveys.require(id);
        if (survey.questions.stream().noneMatch(q -> q.getId() == questionId && q.kind == QuestionKind.TEXT)) {
            throw new NotFoundException("这份调查中没有这道填空题。");
        }
        long total = em.createQuery("SELECT count(a) FROM SurveyAnswer a WHERE a.surveyId = :s AND a.questionId = :q "
                + "AND a.text IS NOT NULL", Long.class).setParameter("s", id).setParameter("q", questionId).getSingleResult();
        List<TextAnswer> items = em.createQuery("SELECT a.responseId, r.submittedAt, a.text FROM SurveyAnswer a, SurveyResponse r "
                + "WHERE r.id = a.responseId AND a.surveyId = :s AND a.questionId = :q AND a.text IS NOT NULL "
                + "ORDER BY a.responseId DESC", Object[].class).setParameter("s", id).setParameter("q", questionId)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultStream()
                .map(r -> new TextAnswer((Long) r[0], (OffsetDateTime) r[1], (String) r[2])).toList();
        return new PublicArticles.Page<>(items, total, page, size);
    }

    private Results compute(Survey survey) {
        long id = survey.getId();
        long responses = surveys.responses(id);
        Map<Long, Long> answered = counts("SELECT a.questionId, count(DISTINCT a.responseId) FROM SurveyAnswer a "
                + "WHERE a.surveyId = :s GROUP BY a.questionId", id);
        Map<Long, Long> chosen = counts("SELECT a.optionId, count(a) FROM SurveyAnswer a "
                + "WHERE a.surveyId = :s AND a.optionId IS NOT NULL GROUP BY a.optionId", id);
        List<QuestionResult> questions = survey.questions.stream().map(q -> {
            long n = answered.getOrDefault(q.getId(), 0L);
            List<OptionResult> options = q.options.stream().map(o -> {
                long count = chosen.getOrDefault(o.getId(), 0L);
                return new OptionResult(o.getId(), o.label, count, percent(count, n));
            }).toList();
            return new QuestionResult(q.getId(), q.position, q.kind, q.title, q.required, n, options);
        }).toList();
        return new Results(id, responses, questions);
    }

    private Map<Long, Long> counts(String query, long surveyId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(query, Object[].class).setParameter("s", surveyId).getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    static BigDecimal percent(long count, long of) {
        if (of == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
