package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;

/** What a webmaster sets for a survey besides its questions. */
public record SurveySettings(String title, String intro, OffsetDateTime startsAt, OffsetDateTime endsAt,
        boolean resultsDuring) {
}
