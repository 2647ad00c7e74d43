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
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * What waits for one person in the back office: their drafts, their returned articles with the
 * reviewer's comment, the articles at the review levels they review, and (county editors) the
 * scheduled publications. Counts are single {@code count} queries on indexed columns, cheap enough
 * for every page's navigation.
 */
@ApplicationScoped
public class WorkList {


    private final EntityManager em;
    private final Articles articles;

    WorkList(EntityManager em, Articles articles) {
        this.em = em;
        this.articles = articles;
    }

    /** One article in a work list; {@code comment} and {@code commentBy} only for returned articles. */
    public record Item(long id, String title, String departmentName, Integer reviewLevel, OffsetDateTime at,
            String comment, String commentBy) {
    }

    /**
     * How much waits in each list; {@code reviewsLevelOne}, {@code reviewsLevelTwo} and
     * {@code countyEditor} say which lists concern the caller at all.
     */
    public record Counts(long drafts, long returned, long reviewLevelOne, long reviewLevelTwo, long scheduled,
            boolean reviewsLevelOne, boolean reviewsLevelTwo, boolean countyEditor) {

        public boolean reviewer() {
            return reviewsLevelOne || reviewsLevelTwo;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(Actor actor) {
        ArticlePolicy policy = articles.policy(actor);
        ArticlePolicy.ReviewScope one = policy.reviewScope(1);
        ArticlePolicy.ReviewScope two = policy.reviewScope(2);
        boolean countyEditor = policy.isCountyEditor();
        return new Counts(countMine(actor, ArticleState.DRAFT), countMine(actor, ArticleState.RETURNED),
                countReview(one, 1), countReview(two, 2),
                countyEditor ? count("SELECT count(a) FROM Article a WHERE a.state = :state",
                        Map.of("state", ArticleState.SCHEDULED)) : 0,
                one.any(), two.any(), countyEditor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> drafts(Actor actor, int max) {
        return mine(actor, ArticleState.DRAFT, max).stream().map(a -> item(a, a.updatedAt)).toList();
    }

    /** Returned articles with the comment of their latest return. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> returned(Actor actor, int max) {
        List<Article> found = mine(actor, ArticleState.RETURNED, max);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> latestReturn = new HashMap<>();
        em.createQuery("SELECT t.articleId, t.comment, t.actorName FROM ArticleTransition t WHERE t.articleId IN :ids"
                + " AND t.action = :action ORDER BY t.id", Object[].class)
                .setParameter("ids", found.stream().map(Article::getId).toList())
                .setParameter("action", ArticleTransition.Action.RETURN)
                .getResultList().forEach(row -> latestReturn.put((Long) row[0], row));
        return found.stream().map(a -> {
            Object[] row = latestReturn.get(a.getId());
            return new Item(a.getId(), a.title, department(a).getName(), null, a.updatedAt,
                    row == null ? null : (String) row[1], row == null ? null : (String) row[2]);
        }).toList();
    }

    /** Articles waiting at {@code level} that the caller reviews, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> awaitingReview(Actor actor, int level, int max) {
        ArticlePolicy.ReviewScope scope = articles.policy(actor).reviewScope(level);
        if (!reviewable(scope)) {
            return List.of();
        }
        TypedQuery<Article> query = em.createQuery("SELECT a " + reviewWhere(scope) + " ORDER BY a.updatedAt, a.id",
                Article.class);
        bind(query, scope, level);
        return query.setMaxResults(max).getResultList().stream().map(a -> item(a, a.updatedAt)).toList();
    }

    /** Scheduled publications, soonest first; only county editors publish, so only they see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> scheduled(Actor actor, int max) {
        if (!articles.policy(actor).isCountyEditor()) {
            return List.of();
        }
        return em.createQuery("FROM Article WHERE state = :state ORDER BY publishAt, id", Article.class)
                .setParameter("state", ArticleState.SCHEDULED).setMaxResults(max).getResultList().stream()
                .map(a -> item(a, a.publishAt)).toList();
    }

    private long countMine(Actor actor, ArticleState state) {
        Map<String, Object> parameters = new HashMap<>();
        String where = mineWhere(actor, state, parameters);
        return where == null ? 0 : count("SELECT count(a) " + where, parameters);
    }

    /**
     * The caller's own articles in a state, within the department they write for now (as the article list
     * shows them): after a move to another department, the old one's drafts and comments are not theirs
     * to see. {@code null} if they write for no existing department.
     */
    private String mineWhere(Actor actor, ArticleState state, Map<String, Object> parameters) {
        parameters.put("me", actor.subject());
        parameters.put("state", state);
        ArticlePolicy policy = articles.policy(actor);
        if (policy.isCountyWide()) {
            return "FROM Article a WHERE a.authorSubject = :me AND a.state = :state";
        }
        Optional<String> own = policy.ownDepartment();
        if (own.isEmpty()) {
            return null;
        }
        // By code in the same query: a department that no longer exists simply matches nothing.
        parameters.put("own", own.get());
        return "FROM Article a WHERE a.authorSubject = :me AND a.state = :state"
                + " AND a.departmentId IN (SELECT d.id FROM Department d WHERE d.code = :own)";
    }

    private long countReview(ArticlePolicy.ReviewScope scope, int level) {
        if (!reviewable(scope)) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("SELECT count(a) " + reviewWhere(scope), Long.class);
        bind(query, scope, level);
        return query.getSingleResult();
    }

    /** Whether the caller reviews anything at that level; a department that no longer exists matches no article. */
    private static boolean reviewable(ArticlePolicy.ReviewScope scope) {
        return scope.any();
    }

    private static String reviewWhere(ArticlePolicy.ReviewScope scope) {
        StringBuilder where = new StringBuilder("FROM Article a WHERE a.state = :state AND a.reviewLevel = :level");
        if (scope.channelLevels() != null) {
            where.append(" AND a.channelId IN (SELECT c.id FROM Channel c WHERE c.reviewLevels = :levels)");
        }
        if (scope.department() != null) {
            where.append(" AND a.departmentId IN (SELECT d.id FROM Department d WHERE d.code = :department)");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> query, ArticlePolicy.ReviewScope scope, int level) {
        query.setParameter("state", ArticleState.PENDING).setParameter("level", level);
        if (scope.channelLevels() != null) {
            query.setParameter("levels", scope.channelLevels());
        }
        if (scope.department() != null) {
            query.setParameter("department", scope.department());
        }
    }

    private long count(String jpql, Map<String, Object> parameters) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private List<Article> mine(Actor actor, ArticleState state, int max) {
        Map<String, Object> parameters = new HashMap<>();
        String where = mineWhere(actor, state, parameters);
        if (where == null) {
            return List.of();
        }
        TypedQuery<Article> query = em.createQuery("SELECT a " + where + " ORDER BY a.updatedAt DESC, a.id DESC",
                Article.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    private Item item(Article a, OffsetDateTime at) {
        // Shown as the counties read clocks.
        OffsetDateTime local = at == null ? null : at.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
        return new Item(a.getId(), a.title, department(a).getName(), a.reviewLevel, local, null, null);
    }

    private Department department(Article a) {
        return articles.department(a.departmentId);
    }
}
