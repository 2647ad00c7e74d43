package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One citizen's answers to a survey; who sent them is kept only as one-way keys (see {@link RespondentKeys}). */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", nullable = false)
    Long surveyId;

    @Column(name = "browser_key")
    String browserKey;

    @Column(name = "address_key", nullable = false)
    String addressKey;

    @Column(name = "submitted_at", nullable = false)
    OffsetDateTime submittedAt;

    protected SurveyResponse() {
    }

    SurveyResponse(Long surveyId, String browserKey, String addressKey, OffsetDateTime submittedAt) {
        this.surveyId = surveyId;
        this.browserKey = browserKey;
        this.addressKey = addressKey;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }
}
