package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A survey as the back office and the public pages read it.
 *
 * @param responses how many answers were sent
 */
public record SurveyView(long id, String title, String intro, OffsetDateTime startsAt, OffsetDateTime endsAt,
        boolean resultsDuring, SurveyState state, SurveyPhase phase, boolean resultsPublic, int version, long responses,
        List<QuestionView> questions) {

    /** A question with its number (1, 2, 3 … in order) and its options in order. */
    public record QuestionView(long id, int number, QuestionKind kind, String title, boolean required,
            List<OptionView> options) {
    }

    /** An option of a choice question. */
    public record OptionView(long id, String label) {
    }

    public boolean draft() {
        return state == SurveyState.DRAFT;
    }

    static SurveyView of(Survey survey, OffsetDateTime now, long responses) {
        List<QuestionView> questions = survey.questions.stream()
                .map(q -> new QuestionView(q.getId(), q.position, q.kind, q.title, q.required,
                        q.options.stream().map(o -> new OptionView(o.getId(), o.label)).toList()))
                .toList();
        return new SurveyView(survey.getId(), survey.title, survey.intro, survey.startsAt, survey.endsAt,
                survey.resultsDuring, survey.state, survey.phaseAt(now), survey.resultsPublicAt(now), survey.version,
                responses, questions);
    }
}
