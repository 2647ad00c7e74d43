package cn.gov.baoji.portal.admin.survey;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.survey.SurveySettings;

/** The settings form of a survey as posted; times are Beijing time from {@code datetime-local} fields. */
public class SurveyForm {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @RestForm
    public String title;
    @RestForm
    public String intro;
    @RestForm
    public String startsAt;
    @RestForm
    public String endsAt;
    @RestForm
    public String resultsDuring;
    /** The version the form was made from, so that two webmasters cannot overwrite each other unseen. */
    @RestForm
    public String version;

    SurveySettings settings() {
        return new SurveySettings(title, intro, time("startsAt", startsAt, "开始时间"), time("endsAt", endsAt, "结束时间"),
                "true".equals(resultsDuring));
    }

    Integer expectedVersion() {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "表单已失效，请刷新页面后重试");
        }
    }

    private static OffsetDateTime time(String field, String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(CHINA).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "格式不正确，应为 2026-12-01T08:00");
        }
    }
}
