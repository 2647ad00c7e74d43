package cn.gov.baoji.portal.core.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The editorial copy of an article (稿件). Citizens never read it directly: publishing copies it
 * into a revision and into {@link PublishedArticle}.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    Long channelId;

    @Column(name = "department_id", nullable = false)
    Long departmentId;

    @Column(nullable = false)
    String title;

    String summary;

    @Column(name = "body_html", nullable = false)
    String bodyHtml;

    @Column(name = "cover_attachment_id")
    Long coverAttachmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ArticleState state = ArticleState.DRAFT;

    @Column(name = "review_level")
    Integer reviewLevel;

    @Column(name = "author_subject", nullable = false)
    String authorSubject;

    @Column(name = "author_name", nullable = false)
    String authorName;

    @Column(name = "publish_at")
    OffsetDateTime publishAt;

    @Column(name = "first_published_at")
    OffsetDateTime firstPublishedAt;

    @Column(name = "public_revision_no")
    Integer publicRevisionNo;

    @Column(name = "revision_count", nullable = false)
    int revisionCount;

    @Column(name = "view_count", nullable = false, insertable = false, updatable = false)
    long viewCount;

    @Column(nullable = false)
    boolean disclosure;

    @Column(name = "index_number")
    String indexNumber;

    @Column(name = "publisher_org")
    String publisherOrg;

    @Column(name = "document_date")
    LocalDate documentDate;

    @Column(name = "document_number")
    String documentNumber;

    @Column(name = "topic_code")
    String topicCode;

    @Column(name = "catalogue_node_code")
    String catalogueNodeCode;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt = OffsetDateTime.now();

    @Version
    int version;

    protected Article() {
    }

    Article(String authorSubject, String authorName) {
        this.authorSubject = authorSubject;
        this.authorName = authorName;
    }

    public Long getId() {
        return id;
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

    public ArticleState getState() {
        return state;
    }

    public Integer getReviewLevel() {
        return reviewLevel;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorSubject() {
        return authorSubject;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public OffsetDateTime getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Integer getPublicRevisionNo() {
        return publicRevisionNo;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    public long getViewCount() {
        return viewCount;
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

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
