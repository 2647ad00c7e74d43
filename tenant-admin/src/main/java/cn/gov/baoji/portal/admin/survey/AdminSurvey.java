package cn.gov.baoji.portal.admin.survey;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import cn.gov.baoji.portal.core.survey.SurveyPhase;
import cn.gov.baoji.portal.core.survey.SurveySummary;
import cn.gov.baoji.portal.core.survey.SurveyView;

/** What the back-office survey pages show of a survey, with times in Beijing time. */
public record AdminSurvey(SurveyView survey) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public String startsField() {
        return survey.startsAt().atZoneSameInstant(SurveyForm.CHINA).format(FIELD);
    }

    public String endsField() {
        return survey.endsAt().atZoneSameInstant(SurveyForm.CHINA).format(FIELD);
    }

    public String period() {
        return minute(survey.startsAt()) + " 至 " + minute(survey.endsAt());
    }

    public String phaseLabel() {
        return survey.phase().label();
    }

    public boolean draft() {
        return survey.phase() == SurveyPhase.DRAFT;
    }

    /** The options of a question as the form's textarea holds them, one per line. */
    public String optionLines(SurveyView.QuestionView question) {
        return question.options().stream().map(SurveyView.OptionView::label).collect(Collectors.joining("\n"));
    }

    static String minute(OffsetDateTime time) {
        return time.atZoneSameInstant(SurveyForm.CHINA).format(MINUTE);
    }

    /** A row of the survey list. */
    public record Row(SurveySummary summary) {

        public String period() {
            return minute(summary.startsAt()) + " 至 " + minute(summary.endsAt());
        }

        public String phaseLabel() {
            return summary.phase().label();
        }
    }

    static List<Row> rows(List<SurveySummary> summaries) {
        return summaries.stream().map(Row::new).toList();
    }
}
