package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in a message's handling: who took it, when, why; never changed afterwards. */
@Entity
@Table(name = "message_event")
public class MessageEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    private Long messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MessageStep step;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    private String actorSubject;

    @Column(name = "actor_name", nullable = false, updatable = false)
    private String actorName;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(updatable = false)
    private String comment;

    @Column(name = "from_department_id", updatable = false)
    private Long fromDepartmentId;

    @Column(name = "to_department_id", updatable = false)
    private Long toDepartmentId;

    protected MessageEvent() {
    }

    MessageEvent(long messageId, MessageStep step, String actorSubject, String actorName, OffsetDateTime at, String comment,
            Long fromDepartmentId, Long toDepartmentId) {
        this.messageId = messageId;
        this.step = step;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.at = at;
        this.comment = comment;
        this.fromDepartmentId = fromDepartmentId;
        this.toDepartmentId = toDepartmentId;
    }

    public Long getId() {
        return id;
    }

    public Long getMessageId() {
        return messageId;
    }

    public MessageStep getStep() {
        return step;
    }

    public String getActorSubject() {
        return actorSubject;
    }

    public String getActorName() {
        return actorName;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getComment() {
        return comment;
    }

    public Long getFromDepartmentId() {
        return fromDepartmentId;
    }

    public Long getToDepartmentId() {
        return toDepartmentId;
    }
}
