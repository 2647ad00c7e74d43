package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with an application or added later (补正); its bytes live in {@code application_file_content}. */
@Entity
@Table(name = "application_file")
public class ApplicationFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    Long applicationId;

    /** The step that brought it: the submission or a supplement. */
    @Column(name = "event_id", nullable = false, updatable = false)
    Long eventId;

    /** The required file's key, or {@code files} for material added later. */
    @Column(nullable = false, updatable = false)
    String field;

    /** What it is, as the form named it when it was sent. */
    @Column(nullable = false, updatable = false)
    String label;

    @Column(name = "file_name", nullable = false, updatable = false)
    String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    long sizeBytes;

    @Column(nullable = false, updatable = false)
    String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    OffsetDateTime createdAt;

    protected ApplicationFile() {
    }

    public Long getId() {
        return id;
    }
}
