package cn.gov.baoji.portal.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file of an article. Its bytes live in {@code attachment_content}, in the tenant's own schema. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "published_in_revision")
    private Integer publishedInRevision;

    protected Attachment() {
    }

    Attachment(Long articleId, String fileName, String contentType, long sizeBytes, String sha256) {
        this.articleId = articleId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
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

    void publishIn(int revision) {
        if (publishedInRevision == null) {
            publishedInRevision = revision;
        }
    }

    Integer publishedInRevision() {
        return publishedInRevision;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
