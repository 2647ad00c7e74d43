package cn.gov.baoji.portal.core.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What citizens see of an article: its current published revision. A row exists exactly while the
 * article is public, so every public query reads this table and nothing else of the workflow.
 */
@Entity
@Table(name = "published_article")
public class PublishedArticle {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "revision_no", nullable = false)
    private int revisionNo;

    @Column(name = "channel_id", nullable = false)
    private Long channelId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "cover_attachment_id")
    private Long coverAttachmentId;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(nullable = false)
    private boolean disclosure;

    @Column(name = "index_number")
    private String indexNumber;

    @Column(name = "publisher_org")
    private String publisherOrg;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "topic_code")
    private String topicCode;

    @Column(name = "catalogue_node_code")
    private String catalogueNodeCode;

    protected PublishedArticle() {
    }

    PublishedArticle(Long articleId) {
        this.articleId = articleId;
    }

    void copyFrom(Article a, int revision, OffsetDateTime now) {
        this.revisionNo = revision;
        this.channelId = a.channelId;
        this.departmentId = a.departmentId;
        this.title = a.title;
        this.summary = a.summary;
        this.bodyHtml = a.bodyHtml;
        this.coverAttachmentId = a.coverAttachmentId;
        this.publishedAt = a.firstPublishedAt;
        this.updatedAt = now;
        this.disclosure = a.disclosure;
        this.indexNumber = a.indexNumber;
        this.publisherOrg = a.publisherOrg;
        this.documentDate = a.documentDate;
        this.documentNumber = a.documentNumber;
        this.topicCode = a.topicCode;
        this.catalogueNodeCode = a.catalogueNodeCode;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getRevisionNo() {
        return revisionNo;
    }

    public Long getChannelId() {
        return channelId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Long getCoverAttachmentId() {
        return coverAttachmentId;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public boolean isDisclosure() {
        return disclosure;
    }

    public String getIndexNumber() {
        return indexNumber;
    }

    public String getPublisherOrg() {
        return publisherOrg;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public String getTopicCode() {
        return topicCode;
    }

    public String getCatalogueNodeCode() {
        return catalogueNodeCode;
    }
}
