package cn.gov.baoji.portal.core.consultation;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A citizen's comment on a consultation. The name and phone are for the department to reach the
 * citizen; they are personal data and never leave the back office (public views show 网友).
 */
@Entity
@Table(name = "consultation_comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    Long consultationId;

    @Column(nullable = false)
    String content;

    @Column(name = "author_name")
    String authorName;

    @Column(nullable = false)
    String phone;

    @Column(name = "submission_key", nullable = false, updatable = false)
    String submissionKey;

    @Column(name = "submitted_at", nullable = false)
    OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Moderation moderation = Moderation.PENDING;

    @Column(name = "moderated_by")
    String moderatedBy;

    @Column(name = "moderated_at")
    OffsetDateTime moderatedAt;

    @Enumerated(EnumType.STRING)
    Adoption adoption;

    @Column(name = "adoption_reason")
    String adoptionReason;

    protected Comment() {
    }

    Comment(Long consultationId, String content, String authorName, String phone, String submissionKey,
            OffsetDateTime submittedAt) {
        this.consultationId = consultationId;
        this.content = content;
        this.authorName = authorName;
        this.phone = phone;
        this.submissionKey = submissionKey;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getContent() {
        return content;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getPhone() {
        return phone;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public Moderation getModeration() {
        return moderation;
    }

    public String getModeratedBy() {
        return moderatedBy;
    }

    public OffsetDateTime getModeratedAt() {
        return moderatedAt;
    }

    public Adoption getAdoption() {
        return adoption;
    }

    public String getAdoptionReason() {
        return adoptionReason;
    }
}
