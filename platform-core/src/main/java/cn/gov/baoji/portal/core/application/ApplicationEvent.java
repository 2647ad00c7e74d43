package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an application's handling: who took it, when, with what comment; never changed afterwards. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    ApplicationStep step;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false)
    String actorName;

    @Column(nullable = false, updatable = false)
    OffsetDateTime at;

    @Column(updatable = false)
    String comment;

    protected ApplicationEvent() {
    }

    ApplicationEvent(long applicationId, ApplicationStep step, String actorSubject, String actorName, OffsetDateTime at,
            String comment) {
        this.applicationId = applicationId;
        this.step = step;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }
}
