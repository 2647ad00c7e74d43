package cn.gov.baoji.portal.core.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The bytes of an attachment, apart from its metadata so listings never load them. */
@Entity
@Table(name = "attachment_content")
public class AttachmentContent extends StoredFileContent {

    protected AttachmentContent() {
    }

    AttachmentContent(Long attachmentId, byte[] bytes) {
        super(attachmentId, bytes);
    }
}
