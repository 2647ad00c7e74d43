package cn.gov.baoji.portal.core.interview;

import java.time.OffsetDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A picture of an interview: a guest's photo or a picture in the transcript. Never changed once
 * stored; citizens get it only while its interview is announced, on its own county's host.
 */
@Entity
@Table(name = "interview_picture")
public class Picture {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "interview_id", nullable = false)
    Long interviewId;

    @Column(name = "content_type", nullable = false)
    String contentType;

    @Column(nullable = false)
    int width;

    @Column(nullable = false)
    int height;

    @Column(name = "size_bytes", nullable = false)
    int sizeBytes;

    @Column(nullable = false)
    String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    byte[] bytes;

    @Column(name = "uploaded_by", nullable = false)
    String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    OffsetDateTime uploadedAt;

    protected Picture() {
    }

    public Long getId() {
        return id;
    }

    public Long getInterviewId() {
        return interviewId;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
