package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;

/** A survey in a list: enough to choose it. */
public record SurveySummary(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, SurveyState state,
        SurveyPhase phase, boolean resultsPublic, long responses) {

    static SurveySummary of(Survey survey, OffsetDateTime now, long responses) {
        return new SurveySummary(survey.getId(), survey.title, survey.startsAt, survey.endsAt, survey.state,
                survey.phaseAt(now), survey.resultsPublicAt(now), responses);
    }
}
