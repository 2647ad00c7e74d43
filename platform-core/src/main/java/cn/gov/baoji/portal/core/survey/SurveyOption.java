package cn.gov.baoji.portal.core.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A choice of a single- or multiple-choice question. */
@Entity
@Table(name = "survey_option")
public class SurveyOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    SurveyQuestion question;

    @Column(nullable = false)
    int position;

    @Column(nullable = false)
    String label;

    protected SurveyOption() {
    }

    SurveyOption(SurveyQuestion question, int position, String label) {
        this.question = question;
        this.position = position;
        this.label = label;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }
}
