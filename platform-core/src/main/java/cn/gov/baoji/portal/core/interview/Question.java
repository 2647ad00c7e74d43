package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A citizen's question to an interview (网友提问). Citizens see it only once a moderator picked it. */
@Entity
@Table(name = "interview_question")
public class Question {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    Long interviewId;

    @Column(nullable = false)
    String content;

    String nickname;

    @Column(name = "submission_key", nullable = false, updatable = false)
    String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    QuestionState state = QuestionState.PENDING;

    @Column(name = "asked_at", nullable = false)
    OffsetDateTime askedAt;

    @Column(name = "picked_seq")
    Long pickedSeq;

    @Column(name = "decided_at")
    OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    String decidedBy;

    protected Question() {
    }

    Question(Long interviewId, String content, String nickname, String submissionKey, OffsetDateTime askedAt) {
        this.interviewId = interviewId;
        this.content = content;
        this.nickname = nickname;
        this.submissionKey = submissionKey;
        this.askedAt = askedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public String getContent() {
        return content;
    }

    public String getNickname() {
        return nickname;
    }

    public QuestionState getState() {
        return state;
    }

    public OffsetDateTime getAskedAt() {
        return askedAt;
    }

    public Long getPickedSeq() {
        return pickedSeq;
    }

    /** How the page names the asker: the nickname they gave, or 网友. */
    public String askerLabel() {
        return nickname == null ? "网友" : "网友“" + nickname + "”";
    }
}
