package cn.gov.baoji.portal.core.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.gov.baoji.portal.core.content.StoredFile;
import cn.gov.baoji.portal.core.content.UploadPolicy;

/** A file of a consultation (the draft as a document, explanations). Bytes in {@code consultation_attachment_content}. */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment extends StoredFile {

    @Column(name = "consultation_id", nullable = false)
    private Long consultationId;

    protected ConsultationAttachment() {
    }

    ConsultationAttachment(Long consultationId, UploadPolicy.Accepted accepted, byte[] bytes) {
        super(accepted, bytes);
        this.consultationId = consultationId;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    /** The file's public address, on the consultation's own site, while the consultation is published. */
    public String publicUrl() {
        return "/consultations/" + consultationId + "/attachments/" + getId() + "/" + encodedName();
    }
}
