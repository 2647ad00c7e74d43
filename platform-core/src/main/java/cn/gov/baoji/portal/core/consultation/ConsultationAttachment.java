package cn.gov.baoji.portal.core.consultation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of a consultation (the draft as a document, explanations). Bytes in {@code consultation_attachment_content}. */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", nullable = false)
    private Long consultationId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    protected ConsultationAttachment() {
    }

    ConsultationAttachment(Long consultationId, String fileName, String contentType, long sizeBytes, String sha256) {
        this.consultationId = consultationId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The file's public address, on the consultation's own site, while the consultation is published. */
    public String publicUrl() {
        return "/consultations/" + consultationId + "/attachments/" + id + "/" + encodedName();
    }

    /** The name as a path segment. */
    public String encodedName() {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
