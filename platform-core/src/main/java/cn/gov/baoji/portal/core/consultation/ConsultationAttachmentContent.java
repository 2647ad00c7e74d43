package cn.gov.baoji.portal.core.consultation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a consultation's file, apart from its metadata so listings never load them. */
@Entity
@Table(name = "consultation_attachment_content")
public class ConsultationAttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected ConsultationAttachmentContent() {
    }

    ConsultationAttachmentContent(Long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
