package cn.gov.baoji.portal.core.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A file of an article. Its bytes live in {@code attachment_content}, in the tenant's own schema. */
@Entity
@Table(name = "attachment")
public class Attachment extends StoredFile {

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "published_in_revision")
    private Integer publishedInRevision;

    protected Attachment() {
    }

    Attachment(Long articleId, UploadPolicy.Accepted accepted, byte[] bytes) {
        super(accepted, bytes);
        this.articleId = articleId;
    }

    public Long getArticleId() {
        return articleId;
    }

    void publishIn(int revision) {
        if (publishedInRevision == null) {
            publishedInRevision = revision;
        }
    }

    Integer publishedInRevision() {
        return publishedInRevision;
    }
}
