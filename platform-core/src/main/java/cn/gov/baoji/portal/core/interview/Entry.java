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

/**
 * One entry of the transcript (文字实录): a host remark or a guest's answer, plain text with an
 * optional picture, possibly answering a picked question. The speaker's name and post are kept as
 * they were when it was posted.
 */
@Entity
@Table(name = "interview_entry")
public class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    Long interviewId;

    @Column(nullable = false)
    long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_kind", nullable = false)
    SpeakerKind speakerKind;

    @Column(name = "guest_id")
    Long guestId;

    @Column(name = "speaker_name", nullable = false)
    String speakerName;

    @Column(name = "speaker_position")
    String speakerPosition;

    @Column(nullable = false)
    String text;

    @Column(name = "picture_id")
    Long pictureId;

    @Column(name = "picture_caption")
    String pictureCaption;

    @Column(name = "question_id")
    Long questionId;

    @Column(name = "posted_at", nullable = false)
    OffsetDateTime postedAt;

    @Column(name = "posted_by", nullable = false)
    String postedBy;

    protected Entry() {
    }

    public Long getId() {
        return id;
    }

    public long getSeq() {
        return seq;
    }

    public SpeakerKind getSpeakerKind() {
        return speakerKind;
    }

    public Long getGuestId() {
        return guestId;
    }

    public String getSpeakerName() {
        return speakerName;
    }

    public String getSpeakerPosition() {
        return speakerPosition;
    }

    public String getText() {
        return text;
    }

    public Long getPictureId() {
        return pictureId;
    }

    public String getPictureCaption() {
        return pictureCaption;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }
}
