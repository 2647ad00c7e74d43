package cn.gov.baoji.portal.core.consultation;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A draft policy put to the public for comment (意见征集): the text, the window in which comments are
 * taken, the department that asks, and after the deadline the feedback on what was received.
 */
@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    String title;

    String summary;

    @Column(name = "body_html", nullable = false)
    String bodyHtml;

    @Column(name = "department_id", nullable = false)
    Long departmentId;

    @Column(name = "contact_phone")
    String contactPhone;

    @Column(name = "contact_email")
    String contactEmail;

    @Column(name = "opens_at", nullable = false)
    OffsetDateTime opensAt;

    @Column(nullable = false)
    OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ConsultationState state = ConsultationState.DRAFT;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "feedback_text")
    String feedbackText;

    @Column(name = "feedback_published_at")
    OffsetDateTime feedbackPublishedAt;

    @Column(name = "opinions_received")
    Integer opinionsReceived;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Version
    int version;

    protected Consultation() {
    }

    Consultation(String createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.updatedAt = now;
    }

    /** Where the consultation stands at {@code now}; a draft is never open. */
    public Phase phase(Instant now) {
        return Phase.of(opensAt.toInstant(), deadline.toInstant(), now);
    }

    public boolean isPublished() {
        return state == ConsultationState.PUBLISHED;
    }

    public boolean isFeedbackPublished() {
        return feedbackPublishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public OffsetDateTime getOpensAt() {
        return opensAt;
    }

    public OffsetDateTime getDeadline() {
        return deadline;
    }

    public ConsultationState getState() {
        return state;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getFeedbackText() {
        return feedbackText;
    }

    public OffsetDateTime getFeedbackPublishedAt() {
        return feedbackPublishedAt;
    }

    public Integer getOpinionsReceived() {
        return opinionsReceived;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
