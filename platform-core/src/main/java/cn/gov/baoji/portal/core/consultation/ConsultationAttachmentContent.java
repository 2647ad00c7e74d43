package cn.gov.baoji.portal.core.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.gov.baoji.portal.core.content.StoredFileContent;

/** The bytes of a consultation's file, apart from its metadata so listings never load them. */
@Entity
@Table(name = "consultation_attachment_content")
public class ConsultationAttachmentContent extends StoredFileContent {

    protected ConsultationAttachmentContent() {
    }

    ConsultationAttachmentContent(Long attachmentId, byte[] bytes) {
        super(attachmentId, bytes);
    }
}
