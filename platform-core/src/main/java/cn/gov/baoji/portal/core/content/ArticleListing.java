package cn.gov.baoji.portal.core.content;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The back office's article lists (all the caller may see, and the review queues), filtered,
 * sorted and paged in SQL: one count and one page query, whatever the number of articles.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleListing {

    private static final String FROM = " FROM Article a, Channel c, Department d WHERE c.id = a.channelId"
            + " AND d.id = a.departmentId";

    private final EntityManager em;
    private final Articles articles;

    ArticleListing(EntityManager em, Articles articles) {
        this.em = em;
        this.articles = articles;
    }

        /** Articles the caller may see: their department's, or the whole county's. */
    public PublicArticles.Page<ArticleRow> articles(Actor actor, ArticleQuery query) {
        ArticlePolicy policy = articles.policy(actor);
        Optional<Department> own = policy.ownDepartment().map(articles::departmentByCode);
        if (own.isEmpty() && !policy.isCountyWide()) {
            policy.requireWrite("");
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        own.ifPresent(d -> {
            where.append(" AND a.departmentId = :own");
            params.put("own", d.getId());
        });
        return page(where, params, query);
    }

    /** Articles waiting at a review level that the caller reviews at that level. */
    public PublicArticles.Page<ArticleRow> reviewQueue(Actor actor, int level, ArticleQuery query) {
        ArticlePolicy policy = articles.policy(actor);
        policy.requireReviewer();
        ArticlePolicy.ReviewScope scope = policy.reviewScope(level);
        StringBuilder where = new StringBuilder(" AND a.state = :pending AND a.reviewLevel = :level");
        Map<String, Object> params = new HashMap<>(Map.of("pending", ArticleState.PENDING, "level", level));
        if (!scope.any()) {
            return new PublicArticles.Page<>(List.of(), 0, query.page(), query.size());
        }
        if (scope.channelLevels() != null) {
            where.append(" AND c.reviewLevels = :levels");
            params.put("levels", scope.channelLevels());
        }
        if (scope.department() != null) {
            where.append(" AND d.code = :reviewsFor");
            params.put("reviewsFor", scope.department());
        }
        return page(where, params, query);
    }

    private PublicArticles.Page<ArticleRow> page(StringBuilder where, Map<String, Object> params, ArticleQuery query) {
        if (query.state() != null) {
            where.append(" AND a.state = :state");
            params.put("state", query.state());
        }
        if (query.channel() != null) {
            where.append(" AND c.code = :channel");
            params.put("channel", query.channel());
        }
        if (query.department() != null) {
            where.append(" AND d.code = :department");
            params.put("department", query.department());
        }
        if (query.title() != null) {
            where.append(" AND lower(a.title) LIKE :title ESCAPE '\\'");
            params.put("title", "%" + query.title().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT count(a)" + FROM + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery("SELECT a.id, a.title, c.code, c.name, d.code, d.name, a.state,"
                + " a.reviewLevel, c.reviewLevels, a.authorName, a.updatedAt" + FROM + where + " ORDER BY "
                + query.sort().orderBy(), Object[].class);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<ArticleRow> items = rows.setFirstResult((query.page() - 1) * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(ArticleListing::row).toList();
        return new PublicArticles.Page<>(items, total, query.page(), query.size());
    }

    private static ArticleRow row(Object[] r) {
        ArticleState state = (ArticleState) r[6];
        return new ArticleRow((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                state.name(), state.label(), (Integer) r[7], (Integer) r[8], (String) r[9], (OffsetDateTime) r[10]);
    }
}
