package cn.gov.baoji.portal.core.interview;

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
 * An online interview (在线访谈): topic, introduction and time, announced by the county's webmaster.
 * Its live event counter ({@code event_seq}) is only ever moved by SQL under the row lock
 * ({@link InterviewModeration}), so it is not mapped here and posting never bumps {@link #version}.
 */
@Entity
@Table(name = "interview")
public class Interview {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    InterviewState state = InterviewState.DRAFT;

    @Version
    @Column(name = "lock_version", nullable = false)
    int version;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    protected Interview() {
    }

    Interview(String createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
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

    public InterviewState getState() {
        return state;
    }

    public int getVersion() {
        return version;
    }

    public InterviewPhase phaseAt(Instant now) {
        return InterviewPhase.at(now, startsAt, endsAt);
    }

    public boolean isAnnounced() {
        return state == InterviewState.ANNOUNCED;
    }
}
