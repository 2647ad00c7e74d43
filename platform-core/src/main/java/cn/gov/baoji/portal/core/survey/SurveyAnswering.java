package cn.gov.baoji.portal.core.survey;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/**
 * Citizens' answers. A survey takes answers while open, and one answer per browser (its random
 * cookie token) and per client address within {@link SurveyConfig#addressWindow()}; what is stored
 * of either is a one-way key ({@link RespondentKeys}). Answers that break a rule store nothing.
 * <p>
 * What "once" can and cannot mean: a person who clears cookies or uses a second browser is stopped
 * by the address rule, but only within the window and only from the same address; people behind
 * one address (an office, a mobile carrier's shared address) can answer once per window between them.
 */
@ApplicationScoped
public class SurveyAnswering {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** What a browser that already answered is told. */
    public static final String ALREADY = "您已经参加过本次调查，每个浏览器只能提交一次。感谢您的参与！";

    private final EntityManager em;
    private final Surveys surveys;
    private final RespondentKeys keys;
    private final SurveyConfig config;

    SurveyAnswering(EntityManager em, Surveys surveys, RespondentKeys keys, SurveyConfig config) {
        this.em = em;
        this.surveys = surveys;
        this.keys = keys;
        this.config = config;
    }

    /**
     * Stores a response, all or nothing.
     *
     * @param browserToken the browser's survey cookie; null if it sent none
     * @param address the client address
     * @return the response's id
     * @throws NotFoundException for drafts and unknown ids
     * @throws ConflictException before the start, after the end, or when this browser or address already answered
     * @throws AnswersRejectedException when questions are left unanswered or answered wrongly
     * @throws InvalidInputException for ids of questions or options the survey does not have
     */
    @Transactional
    public long submit(long surveyId, List<AnswerInput> answers, String browserToken, String address) {
        // One answer at a time per survey: the once-check and the insert cannot interleave with another's.
        Survey survey = em.find(Survey.class, surveyId, LockModeType.PESSIMISTIC_WRITE);
        if (survey == null || survey.state == SurveyState.DRAFT) {
            throw new NotFoundException(Surveys.NOT_FOUND);
        }
        OffsetDateTime now = surveys.now();
        switch (survey.phaseAt(now)) {
            case NOT_STARTED -> throw new ConflictException("本次调查尚未开始，开始时间为 "
                    + survey.startsAt.atZoneSameInstant(CHINA).format(MINUTE) + "。");
            case CLOSED -> throw new ConflictException("本次调查已经结束，不再接受答卷，感谢您的关注。");
            default -> {
            }
        }
        String browserKey = keys.browser(surveyId, browserToken);
        String addressKey = keys.address(surveyId, address);
        if (browserKey != null && answeredBy("browserKey", browserKey, surveyId, null)) {
            throw new ConflictException(ALREADY);
        }
        Duration window = config.addressWindow();
        if (!window.isZero() && answeredBy("addressKey", addressKey, surveyId, now.minus(window))) {
            throw new ConflictException("您所在的网络地址在 " + hours(window)
                    + " 内已经提交过本次调查，同一网络地址在此期间只能提交一次。如您在单位或公共网络中，可稍后再试。");
        }
        Map<SurveyQuestion, Answer> checked = check(survey, answers);
        SurveyResponse response = new SurveyResponse(surveyId, browserKey, addressKey, now);
        em.persist(response);
        em.flush();
        checked.forEach((question, answer) -> {
            for (Long option : answer.options()) {
                em.persist(new SurveyAnswer(response.getId(), surveyId, question.getId(), option, null));
            }
            if (answer.text() != null) {
                em.persist(new SurveyAnswer(response.getId(), surveyId, question.getId(), null, answer.text()));
            }
        });
        return response.getId();
    }

    /** Whether this browser already answered the survey: its form then says so instead of being offered again. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean answered(long surveyId, String browserToken) {
        String key = keys.browser(surveyId, browserToken);
        return key != null && answeredBy("browserKey", key, surveyId, null);
    }

    private boolean answeredBy(String keyField, String key, long surveyId, OffsetDateTime since) {
        var query = em.createQuery("SELECT r.id FROM SurveyResponse r WHERE r.surveyId = :survey AND r." + keyField
                + " = :key" + (since == null ? "" : " AND r.submittedAt > :since"), Long.class)
                .setParameter("survey", surveyId).setParameter("key", key).setMaxResults(1);
        if (since != null) {
            query.setParameter("since", since);
        }
        return !query.getResultList().isEmpty();
    }

    /** A checked answer: option ids in the question's order, or the cleaned text. */
    private record Answer(List<Long> options, String text) {
    }

    /**
     * The answers by question, in the survey's order; ids that do not belong to the survey are a
     * malformed request (400 at once), answers that break a question's rule are collected per question.
     */
    private static Map<SurveyQuestion, Answer> check(Survey survey, List<AnswerInput> answers) {
        Map<Long, SurveyQuestion> questions = new HashMap<>();
        survey.questions.forEach(q -> questions.put(q.getId(), q));
        Map<Long, AnswerInput> given = new HashMap<>();
        for (AnswerInput answer : answers == null ? List.<AnswerInput>of() : answers) {
            if (answer == null || answer.question() == null) {
                throw new InvalidInputException("answers", "每个回答都要写明题目编号（question）");
            }
            SurveyQuestion question = questions.get(answer.question());
            if (question == null) {
                throw new InvalidInputException("answers", "本调查没有编号为 " + answer.question() + " 的题目");
            }
            if (given.put(answer.question(), answer) != null) {
                throw new InvalidInputException("answers", "第 " + question.position + " 题的回答重复了");
            }
            Set<Long> known = new HashSet<>();
            question.options.forEach(o -> known.add(o.getId()));
            for (Long option : answer.options() == null ? List.<Long>of() : answer.options()) {
                if (option == null || !known.contains(option)) {
                    throw new InvalidInputException("answers", "第 " + question.position + " 题没有编号为 " + option + " 的选项");
                }
            }
        }
        Map<SurveyQuestion, Answer> checked = new LinkedHashMap<>();
        Map<Long, String> problems = new LinkedHashMap<>();
        for (SurveyQuestion question : survey.questions) {
            AnswerInput answer = given.get(question.getId());
            List<Long> chosen = answer == null || answer.options() == null ? List.of() : answer.options();
            String text = answer == null || answer.text() == null ? ""
                    : answer.text().replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
            String number = "第 " + question.position + " 题";
            if (question.kind == QuestionKind.TEXT) {
                if (!chosen.isEmpty()) {
                    problems.put(question.getId(), number + "是填空题，请填写文字，不能选择选项");
                } else if (text.isEmpty() && question.required) {
                    problems.put(question.getId(), "请填写" + number + "（必答）");
                } else if (text.codePointCount(0, text.length()) > SurveyLimits.ANSWER_TEXT) {
                    problems.put(question.getId(), number + "的回答不能超过 " + SurveyLimits.ANSWER_TEXT + " 个字");
                } else if (!text.isEmpty()) {
                    checked.put(question, new Answer(List.of(), text));
                }
                continue;
            }
            if (!text.isEmpty()) {
                problems.put(question.getId(), number + "是选择题，请选择选项，不能填写文字");
            } else if (chosen.isEmpty() && question.required) {
                problems.put(question.getId(), "请回答" + number + "（必答）");
            } else if (new HashSet<>(chosen).size() != chosen.size()) {
                problems.put(question.getId(), number + "的同一选项只能选择一次");
            } else if (question.kind == QuestionKind.SINGLE && chosen.size() > 1) {
                problems.put(question.getId(), number + "是单选题，只能选择一项");
            } else if (!chosen.isEmpty()) {
                List<Long> inOrder = new ArrayList<>();
                question.options.stream().map(SurveyOption::getId).filter(chosen::contains).forEach(inOrder::add);
                checked.put(question, new Answer(inOrder, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswersRejectedException(problems);
        }
        return checked;
    }

    private static String hours(Duration window) {
        long hours = window.toHours();
        return hours >= 1 && window.equals(Duration.ofHours(hours)) ? hours + " 小时" : window.toMinutes() + " 分钟";
    }
}
