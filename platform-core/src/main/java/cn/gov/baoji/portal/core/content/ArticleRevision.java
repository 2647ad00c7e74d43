package cn.gov.baoji.portal.core.content;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A published version of an article, kept for the record when it is revised. */
@Entity
@Table(name = "article_revision")
@IdClass(ArticleRevision.Key.class)
public class ArticleRevision {

    /** Composite key: article and revision number. */
    public static class Key implements Serializable {
        Long articleId;
        Integer revisionNo;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(articleId, k.articleId) && Objects.equals(revisionNo, k.revisionNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, revisionNo);
        }
    }

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Id
    @Column(name = "revision_no")
    private Integer revisionNo;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Article article, int revisionNo, String publishedBy, OffsetDateTime publishedAt) {
        this.articleId = article.getId();
        this.revisionNo = revisionNo;
        this.title = article.title;
        this.summary = article.summary;
        this.bodyHtml = article.bodyHtml;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Integer getRevisionNo() {
        return revisionNo;
    }

    public String getTitle() {
        return title;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
