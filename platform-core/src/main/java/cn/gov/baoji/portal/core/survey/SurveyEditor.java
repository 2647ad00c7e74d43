package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * Building surveys, for the county's webmaster: settings, questions and their options while it is a
 * draft; publishing it. Once published its questions are fixed (answers refer to them); its title,
 * introduction, dates and whether results show while open may still change.
 */
@ApplicationScoped
@Transactional
public class SurveyEditor {

    private final EntityManager em;
    private final Surveys surveys;
    private final PublicContentVersion versions;

    SurveyEditor(EntityManager em, Surveys surveys, PublicContentVersion versions) {
        this.em = em;
        this.surveys = surveys;
        this.versions = versions;
    }

    public SurveyView create(Actor actor, SurveySettings settings) {
        surveys.requireWebmaster(actor);
        Survey survey = new Survey(Texts.limit(actor.name(), 80));
        apply(survey, settings);
        em.persist(survey);
        return SurveyView.of(survey, surveys.now(), 0);
    }

    /**
     * @param expectedVersion the version the webmaster's form was made from; null skips the check
     */
    public SurveyView update(Actor actor, long id, SurveySettings settings, Integer expectedVersion) {
        surveys.requireWebmaster(actor);
        Survey survey = surveys.require(id);
        checkVersion(survey, expectedVersion);
        apply(survey, settings);
        if (survey.state == SurveyState.PUBLISHED) {
            versions.changed();
        }
        return view(survey);
    }

    public SurveyView addQuestion(Actor actor, long id, QuestionInput input) {
        Survey survey = draft(actor, id);
        if (survey.questions.size() >= SurveyLimits.QUESTIONS) {
            throw new InvalidInputException("question", "一份调查最多 " + SurveyLimits.QUESTIONS + " 道题");
        }
        SurveyQuestion question = new SurveyQuestion(survey);
        apply(question, input);
        survey.questions.add(question);
        survey.renumber();
        touch(survey);
        return view(survey);
    }

    public SurveyView updateQuestion(Actor actor, long id, long questionId, QuestionInput input) {
        Survey survey = draft(actor, id);
        apply(question(survey, questionId), input);
        touch(survey);
        return view(survey);
    }

    public SurveyView removeQuestion(Actor actor, long id, long questionId) {
        Survey survey = draft(actor, id);
        survey.questions.remove(question(survey, questionId));
        survey.renumber();
        touch(survey);
        return view(survey);
    }

    /** Moves a question one place up ({@code -1}) or down ({@code 1}); at either end nothing moves. */
    public SurveyView moveQuestion(Actor actor, long id, long questionId, int by) {
        if (by != -1 && by != 1) {
            throw new InvalidInputException("direction", "只能上移或下移一位");
        }
        Survey survey = draft(actor, id);
        int from = survey.questions.indexOf(question(survey, questionId));
        int to = from + by;
        if (to >= 0 && to < survey.questions.size()) {
            Collections.swap(survey.questions, from, to);
            survey.renumber();
            touch(survey);
        }
        return view(survey);
    }

    /** Publishes a complete draft: at least one question, two options for each choice, an end still ahead. */
    public SurveyView publish(Actor actor, long id) {
        Survey survey = draft(actor, id);
        if (survey.questions.isEmpty()) {
            throw new InvalidInputException("questions", "请至少添加一道题后再发布");
        }
        for (SurveyQuestion q : survey.questions) {
            if (q.kind.hasOptions() && q.options.size() < 2) {
                throw new InvalidInputException("options", "第 " + q.position + " 题是选择题，至少需要两个选项");
            }
        }
        OffsetDateTime now = surveys.now();
        if (!survey.endsAt.isAfter(now)) {
            throw new InvalidInputException("endsAt", "结束时间已过，请先修改结束时间再发布");
        }
        survey.state = SurveyState.PUBLISHED;
        survey.publishedAt = now;
        touch(survey);
        versions.changed();
        return view(survey);
    }

    /** Removes a draft; published surveys stay, with their answers. */
    public void delete(Actor actor, long id) {
        em.remove(draft(actor, id));
    }

    private Survey draft(Actor actor, long id) {
        surveys.requireWebmaster(actor);
        Survey survey = surveys.require(id);
        if (survey.state != SurveyState.DRAFT) {
            throw new ConflictException("调查已发布，题目和选项不能再修改（已有答卷按这些题目统计）。");
        }
        return survey;
    }

    private static SurveyQuestion question(Survey survey, long questionId) {
        return survey.questions.stream().filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(() -> new NotFoundException("这份调查中没有这道题。"));
    }

    private static void checkVersion(Survey survey, Integer expected) {
        if (expected != null && expected != survey.version) {
            throw new ConflictException("调查已被他人修改，请刷新后再编辑。");
        }
    }

    private void touch(Survey survey) {
        survey.updatedAt = surveys.now();
    }

    private SurveyView view(Survey survey) {
        em.flush();
        return SurveyView.of(survey, surveys.now(), surveys.responses(survey.getId()));
    }

    private void apply(Survey survey, SurveySettings settings) {
        if (settings == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        survey.title = Texts.clean("title", settings.title(), SurveyLimits.TITLE, true, "调查标题");
        survey.intro = Texts.clean("intro", settings.intro(), SurveyLimits.INTRO, false, "调查说明");
        if (settings.startsAt() == null) {
            throw new InvalidInputException("startsAt", "请填写开始时间");
        }
        if (settings.endsAt() == null) {
            throw new InvalidInputException("endsAt", "请填写结束时间");
        }
        if (!settings.endsAt().isAfter(settings.startsAt())) {
            throw new InvalidInputException("endsAt", "结束时间应晚于开始时间");
        }
        survey.startsAt = settings.startsAt();
        survey.endsAt = settings.endsAt();
        survey.resultsDuring = settings.resultsDuring();
        touch(survey);
    }

    private static void apply(SurveyQuestion question, QuestionInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        QuestionKind kind = QuestionKind.fromKey(input.kind() == null ? "" : input.kind().strip())
                .orElseThrow(() -> new InvalidInputException("kind", "请选择题型：单选题、多选题或填空题"));
        question.kind = kind;
        question.title = Texts.clean("title", input.title(), SurveyLimits.QUESTION_TITLE, true, "题目");
        question.required = input.required();
        List<String> labels = new ArrayList<>();
        if (kind.hasOptions() && input.options() != null) {
            for (String option : input.options()) {
                String label = Texts.clean("options", option, SurveyLimits.OPTION_LABEL, false, "选项");
                if (label != null) {
                    if (labels.contains(label)) {
                        throw new InvalidInputException("options", "选项“" + label + "”重复了");
                    }
                    labels.add(label);
                }
            }
            if (labels.size() > SurveyLimits.OPTIONS) {
                throw new InvalidInputException("options", "每道题最多 " + SurveyLimits.OPTIONS + " 个选项");
            }
        }
        // A draft has no answers yet: its options are simply written anew in the given order.
        question.options.clear();
        for (int i = 0; i < labels.size(); i++) {
            question.options.add(new SurveyOption(question, i + 1, labels.get(i)));
        }
    }
}
