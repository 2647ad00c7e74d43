package cn.gov.baoji.portal.core.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One chosen option, or the text written for a free-text question, within a response. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false)
    Long responseId;

    @Column(name = "survey_id", nullable = false)
    Long surveyId;

    @Column(name = "question_id", nullable = false)
    Long questionId;

    @Column(name = "option_id")
    Long optionId;

    @Column(name = "text_value")
    String text;

    protected SurveyAnswer() {
    }

    SurveyAnswer(Long responseId, Long surveyId, Long questionId, Long optionId, String text) {
        this.responseId = responseId;
        this.surveyId = surveyId;
        this.questionId = questionId;
        this.optionId = optionId;
        this.text = text;
    }
}
