package cn.gov.baoji.portal.core.message;

import java.time.LocalDate;
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
 * A citizen's message (留言) with its handling state and reply. Name, phone and e-mail are personal
 * data: only the back office and the citizen's own lookup (code + phone) ever read them.
 */
@Entity
@Table(name = "message")
public class Message {

    /** The addressee value of the county leader's mailbox (县(区)长信箱). */
    public static final String LEADER = "leader";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "query_code", nullable = false, updatable = false)
    String queryCode;

    @Column(name = "submission_key", nullable = false, updatable = false)
    String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MessageKind kind;

    @Column(nullable = false)
    String addressee;

    @Column(name = "department_id")
    Long departmentId;

    @Column(nullable = false)
    String title;

    @Column(nullable = false)
    String content;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String phone;

    String email;

    @Column(name = "publish_allowed", nullable = false)
    boolean publishAllowed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MessageState state = MessageState.RECEIVED;

    @Column(name = "received_at", nullable = false)
    OffsetDateTime receivedAt;

    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;

    @Column(name = "accepted_at")
    OffsetDateTime acceptedAt;

    @Column(name = "replied_at")
    OffsetDateTime repliedAt;

    String reply;

    @Column(name = "reply_by")
    String replyBy;

    @Column(nullable = false)
    boolean published;

    @Column(name = "invalid_reason")
    String invalidReason;

    @Version
    int version;

    protected Message() {
    }

    Message(String queryCode, String submissionKey) {
        this.queryCode = queryCode;
        this.submissionKey = submissionKey;
    }

    public Long getId() {
        return id;
    }

    public String getQueryCode() {
        return queryCode;
    }

    public MessageKind getKind() {
        return kind;
    }

    public String getAddressee() {
        return addressee;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getTitle() {
        return title;
    }

    public String getContent() {
        return content;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public boolean isPublishAllowed() {
        return publishAllowed;
    }

    public MessageState getState() {
        return state;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public OffsetDateTime getRepliedAt() {
        return repliedAt;
    }

    public String getReply() {
        return reply;
    }

    public String getReplyBy() {
        return replyBy;
    }

    public boolean isPublished() {
        return published;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public int getVersion() {
        return version;
    }
}
