package cn.gov.baoji.portal.core.message;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file a citizen sent with a message. Private like the message's personal data, unless the
 * county editor marks it public ({@code shown}); then it shows with the published message.
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false, updatable = false)
    Long messageId;

    @Column(name = "file_name", nullable = false, updatable = false)
    String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    int size;

    @Column(nullable = false, updatable = false)
    String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    byte[] bytes;

    @Column(nullable = false)
    boolean shown;

    protected MessageAttachment() {
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSize() {
        return size;
    }

    public boolean isShown() {
        return shown;
    }
}
