package cn.gov.baoji.portal.core.survey;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A survey (网上调查) of one county: its settings and its questions in order. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    String title;

    String intro;

    @Column(name = "starts_at", nullable = false)
    OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    OffsetDateTime endsAt;

    @Column(name = "results_during", nullable = false)
    boolean resultsDuring;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SurveyState state = SurveyState.DRAFT;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Version
    int version;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {
    }

    Survey(String createdBy) {
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getIntro() {
        return intro;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public boolean isResultsDuring() {
        return resultsDuring;
    }

    public SurveyState getState() {
        return state;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    /** Where the survey stands at a moment: draft, published but not started, open, or closed. */
    public SurveyPhase phaseAt(OffsetDateTime now) {
        if (state == SurveyState.DRAFT) {
            return SurveyPhase.DRAFT;
        }
        if (now.isBefore(startsAt)) {
            return SurveyPhase.NOT_STARTED;
        }
        return now.isBefore(endsAt) ? SurveyPhase.OPEN : SurveyPhase.CLOSED;
    }

    /** Whether citizens may see the results now: after the end, or while open if the webmaster allows it. */
    public boolean resultsPublicAt(OffsetDateTime now) {
        SurveyPhase phase = phaseAt(now);
        return phase == SurveyPhase.CLOSED || phase == SurveyPhase.OPEN && resultsDuring;
    }

    /** Renumbers the questions 1, 2, 3 … in their list order. */
    void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).position = i + 1;
        }
    }
}
