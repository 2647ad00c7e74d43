package cn.gov.baoji.portal.core.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * What citizens may read: only rows of {@link PublishedArticle}, in the current tenant's schema.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicArticles {

    public static final int MAX_PAGE_SIZE = 100;

    private final EntityManager em;

    PublicArticles(EntityManager em) {
        this.em = em;
    }

    /** One page of a listing. */
    public record Page<T>(List<T> items, long total, int page, int size) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page < pages();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /** Filters of the disclosure listing; null means any. */
    public record DisclosureFilter(Set<String> nodes, Long departmentId, String topic) {
    }

    /** Articles of hidden channels are not public. */
    private static final String VISIBLE = "channelId IN (SELECT c.id FROM Channel c WHERE c.visible = true)";

    public Optional<PublishedArticle> find(long id) {
        return em.createQuery("FROM PublishedArticle WHERE articleId = :id AND " + VISIBLE, PublishedArticle.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    public List<PublishedArticle> latest(long channelId, int limit) {
        return em.createQuery("FROM PublishedArticle WHERE channelId = :c AND " + VISIBLE
                + " ORDER BY publishedAt DESC, articleId DESC",
                PublishedArticle.class).setParameter("c", channelId).setMaxResults(limit).getResultList();
    }

    /** The newest public articles with a cover image (图片新闻), each with its published cover. */
    public List<Covered> latestWithCovers(int limit) {
        return em.createQuery("SELECT p, f FROM PublishedArticle p, Attachment f WHERE f.id = p.coverAttachmentId"
                + " AND f.articleId = p.articleId AND f.publishedInRevision IS NOT NULL AND p." + VISIBLE
                + " ORDER BY p.publishedAt DESC, p.articleId DESC", Object[].class)
                .setMaxResults(limit).getResultList().stream()
                .map(row -> new Covered((PublishedArticle) row[0], (Attachment) row[1])).toList();
    }

    /** A public article and its cover image. */
    public record Covered(PublishedArticle article, Attachment cover) {
    }

    public List<PublishedArticle> latestAll(int limit) {
        return em.createQuery("FROM PublishedArticle WHERE " + VISIBLE + " ORDER BY publishedAt DESC, articleId DESC",
                PublishedArticle.class)
                .setMaxResults(limit).getResultList();
    }

    public Page<PublishedArticle> all(int page, int size) {
        return page("WHERE " + VISIBLE, q -> { }, page, size);
    }

    public Page<PublishedArticle> inChannel(long channelId, int page, int size) {
        return page("WHERE channelId = :c AND " + VISIBLE, q -> q.setParameter("c", channelId), page, size);
    }

    public Page<PublishedArticle> ofDepartment(long departmentId, int page, int size) {
        return page("WHERE departmentId = :d AND " + VISIBLE, q -> q.setParameter("d", departmentId), page, size);
    }

    public Page<PublishedArticle> disclosure(DisclosureFilter filter, int page, int size) {
        List<String> where = new ArrayList<>(List.of("disclosure = true", VISIBLE));
        if (filter.nodes() != null) {
            where.add("catalogueNodeCode IN :nodes");
        }
        if (filter.departmentId() != null) {
            where.add("departmentId = :d");
        }
        if (filter.topic() != null) {
            where.add("topicCode = :t");
        }
        return page("WHERE " + String.join(" AND ", where), q -> {
            if (filter.nodes() != null) {
                q.setParameter("nodes", filter.nodes());
            }
            if (filter.departmentId() != null) {
                q.setParameter("d", filter.departmentId());
            }
            if (filter.topic() != null) {
                q.setParameter("t", filter.topic());
            }
        }, page, size);
    }

    public List<Attachment> attachments(long articleId) {
        if (find(articleId).isEmpty()) {
            return List.of();
        }
        return em.createQuery("FROM Attachment WHERE articleId = :a AND publishedInRevision IS NOT NULL ORDER BY id",
                Attachment.class)
                .setParameter("a", articleId).getResultList();
    }

    /** A file of a public article, with its bytes; empty for anything else. */
    public Optional<Download> download(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.publishedInRevision() == null || find(attachment.getArticleId()).isEmpty()) {
            return Optional.empty();
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        return Optional.of(new Download(attachment, content.getBytes()));
    }

    /** A file ready to send. */
    public record Download(Attachment attachment, byte[] bytes) {
    }

    public long viewCount(long articleId) {
        Article article = em.find(Article.class, articleId);
        return article == null ? 0 : article.getViewCount();
    }

    private interface Binder {
        void bind(TypedQuery<?> query);
    }

    private Page<PublishedArticle> page(String where, Binder binder, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(1, page);
        TypedQuery<Long> count = em.createQuery("SELECT count(p) FROM PublishedArticle p " + where, Long.class);
        binder.bind(count);
        TypedQuery<PublishedArticle> items = em.createQuery(
                "FROM PublishedArticle " + where + " ORDER BY publishedAt DESC, articleId DESC", PublishedArticle.class);
        binder.bind(items);
        items.setFirstResult((safePage - 1) * safeSize).setMaxResults(safeSize);
        return new Page<>(items.getResultList(), count.getSingleResult(), safePage, safeSize);
    }
}
