package cn.gov.baoji.portal.core.content;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The bytes of a {@link StoredFile}, apart from its metadata so listings never load them. */
@MappedSuperclass
public abstract class StoredFileContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] bytes;

    protected StoredFileContent() {
    }

    protected StoredFileContent(Long attachmentId, byte[] bytes) {
        this.attachmentId = attachmentId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
