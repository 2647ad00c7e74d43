package cn.gov.baoji.portal.core.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The multi-level review and publication of articles (分级审核发布). Every step checks who may take
 * it and records who took it, when, and why.
 */
@ApplicationScoped
public class ArticleWorkflow {

    private final EntityManager em;
    private final Articles articles;
    private final IndexNumbers indexNumbers;
    private final PublicContentVersion contentVersion;
    private final Clock clock;

    ArticleWorkflow(EntityManager em, Articles articles, IndexNumbers indexNumbers, PublicContentVersion contentVersion,
            Clock clock) {
        this.em = em;
        this.articles = articles;
        this.indexNumbers = indexNumbers;
        this.contentVersion = contentVersion;
        this.clock = clock;
    }

    @Transactional
    public ArticleView submit(Actor actor, long id) {
        Article a = articles.require(id);
        articles.policy(actor).requireWrite(articles.department(a.departmentId).getCode());
        requireState(a, "提交", ArticleState.DRAFT, ArticleState.RETURNED);
        ArticleState from = a.state;
        a.state = ArticleState.PENDING;
        a.reviewLevel = 1;
        touch(a);
        articles.record(a, ArticleTransition.Action.SUBMIT, from, 1, actor, null);
        return articles.view(a);
    }

    @Transactional
    public ArticleView approve(Actor actor, long id, String comment) {
        Article a = articles.require(id);
        requireState(a, "审核", ArticleState.PENDING);
        int levels = articles.channel(a.channelId).getReviewLevels();
        int level = a.reviewLevel;
        articles.policy(actor).requireReview(level, levels, articles.department(a.departmentId).getCode());
        requireIndependentReviewer(a, actor);
        if (level < levels) {
            a.reviewLevel = level + 1;
        } else {
            a.state = ArticleState.APPROVED;
            a.reviewLevel = null;
        }
        touch(a);
        articles.record(a, ArticleTransition.Action.APPROVE, ArticleState.PENDING, level, actor, comment(comment, false));
        return articles.view(a);
    }

    @Transactional
    public ArticleView returnToAuthor(Actor actor, long id, String comment) {
        Article a = articles.require(id);
        requireState(a, "退回", ArticleState.PENDING);
        int level = a.reviewLevel;
        articles.policy(actor).requireReview(level, articles.channel(a.channelId).getReviewLevels(),
                articles.department(a.departmentId).getCode());
        String reason = comment(comment, true);
        a.state = ArticleState.RETURNED;
        a.reviewLevel = null;
        touch(a);
        articles.record(a, ArticleTransition.Action.RETURN, ArticleState.PENDING, level, actor, reason);
        return articles.view(a);
    }

    /**
     * Publishes now, or at {@code at} when that lies in the future. Allowed once approved, or at the
     * last review level (the county editor approves and publishes in one step).
     */
    @Transactional
    public ArticleView publish(Actor actor, long id, OffsetDateTime at) {
        Article a = articles.require(id);
        int levels = articles.channel(a.channelId).getReviewLevels();
        boolean atLastLevel = a.state == ArticleState.PENDING && a.reviewLevel != null && a.reviewLevel == levels;
        if (!atLastLevel) {
            requireState(a, "发布", ArticleState.APPROVED, ArticleState.SCHEDULED);
        }
        articles.policy(actor).requireCountyEditor();
        if (atLastLevel) {
            requireIndependentReviewer(a, actor);
        }
        ArticleState from = a.state;
        Integer level = a.reviewLevel;
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (at != null && at.isAfter(now.plusSeconds(5))) {
            if (at.isAfter(now.plusYears(1))) {
                throw new InvalidInputException("at", "定时发布时间不能超过一年");
            }
            a.state = ArticleState.SCHEDULED;
            a.reviewLevel = null;
            a.publishAt = at;
            touch(a);
            articles.record(a, ArticleTransition.Action.SCHEDULE, from, level, actor, "定时发布：" + at);
            return articles.view(a);
        }
        goLive(a, actor, from, level, now);
        return articles.view(a);
    }

    @Transactional
    public ArticleView withdraw(Actor actor, long id, String comment) {
        Article a = articles.require(id);
        articles.policy(actor).requireCountyEditor();
        // A live article can be taken down at any time, also while a revision of it is under way.
        if (a.publicRevisionNo == null && a.state != ArticleState.SCHEDULED) {
            requireState(a, "撤回", ArticleState.PUBLISHED, ArticleState.SCHEDULED);
        }
        String reason = comment(comment, true);
        ArticleState from = a.state;
        PublishedArticle live = em.find(PublishedArticle.class, a.getId());
        if (live != null) {
            em.remove(live);
        }
        a.state = ArticleState.WITHDRAWN;
        a.publicRevisionNo = null;
        a.publishAt = null;
        touch(a);
        articles.record(a, ArticleTransition.Action.WITHDRAW, from, null, actor, reason);
        contentVersion.changed();
        return articles.view(a);
    }

    /** Opens a published or withdrawn article for changes; the public keeps seeing the current revision. */
    @Transactional
    public ArticleView revise(Actor actor, long id) {
        Article a = articles.require(id);
        articles.policy(actor).requireCountyEditor();
        requireState(a, "修订", ArticleState.PUBLISHED, ArticleState.WITHDRAWN);
        ArticleState from = a.state;
        a.state = ArticleState.DRAFT;
        touch(a);
        articles.record(a, ArticleTransition.Action.REVISE, from, null, actor, null);
        return articles.view(a);
    }

    /** Ids of articles scheduled for now or earlier. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> dueForPublication() {
        return em.createQuery("SELECT a.id FROM Article a WHERE a.state = :state AND a.publishAt <= :now", Long.class)
                .setParameter("state", ArticleState.SCHEDULED).setParameter("now", OffsetDateTime.now(clock)).getResultList();
    }

    /**
     * Publishes one scheduled article if it is still due, in a transaction of its own, so one failing
     * article never holds back the others; another instance publishing it first is harmless.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(long id) {
        Article a = em.find(Article.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (a == null || a.state != ArticleState.SCHEDULED || a.publishAt == null || a.publishAt.isAfter(now)) {
            return false;
        }
        goLive(a, Actor.SYSTEM, ArticleState.SCHEDULED, null, now);
        return true;
    }

    private void goLive(Article a, Actor actor, ArticleState from, Integer level, OffsetDateTime now) {
        if (a.disclosure && a.indexNumber == null) {
            a.indexNumber = indexNumbers.next(articles.department(a.departmentId), now.getYear());
        }
        if (a.firstPublishedAt == null) {
            a.firstPublishedAt = now;
        }
        a.revisionCount++;
        em.persist(new ArticleRevision(a, a.revisionCount, actor.name(), now));
        PublishedArticle live = em.find(PublishedArticle.class, a.getId());
        if (live == null) {
            live = new PublishedArticle(a.getId());
            live.copyFrom(a, a.revisionCount, now);
            em.persist(live);
        } else {
            live.copyFrom(a, a.revisionCount, now);
        }
        a.publicRevisionNo = a.revisionCount;
        em.createQuery("FROM Attachment WHERE articleId = :a", Attachment.class).setParameter("a", a.getId())
                .getResultList().forEach(f -> f.publishIn(a.revisionCount));
        a.state = ArticleState.PUBLISHED;
        a.reviewLevel = null;
        a.publishAt = null;
        touch(a);
        articles.record(a, ArticleTransition.Action.PUBLISH, from, level, actor, null);
        contentVersion.changed();
    }

    /**
     * Review means another pair of eyes: nobody reviews what they wrote, and nobody passes both
     * levels of the same submission.
     */
    private void requireIndependentReviewer(Article a, Actor actor) {
        if (actor.subject().equals(a.authorSubject)) {
            throw new AccessDeniedException("不能审核自己撰写的稿件。");
        }
        boolean approvedEarlierLevel = em.createQuery("SELECT count(t) FROM ArticleTransition t WHERE t.articleId = :a"
                + " AND t.action = :approve AND t.actorSubject = :me AND t.at > :since", Long.class)
                .setParameter("a", a.getId()).setParameter("approve", ArticleTransition.Action.APPROVE)
                .setParameter("me", actor.subject()).setParameter("since", lastSubmission(a)).getSingleResult() > 0;
        if (approvedEarlierLevel) {
            throw new AccessDeniedException("同一稿件的两级审核须由不同的人完成。");
        }
    }

    private OffsetDateTime lastSubmission(Article a) {
        return em.createQuery("SELECT max(t.at) FROM ArticleTransition t WHERE t.articleId = :a AND t.action = :submit",
                OffsetDateTime.class).setParameter("a", a.getId()).setParameter("submit", ArticleTransition.Action.SUBMIT)
                .getSingleResult();
    }

    private static void requireState(Article a, String action, ArticleState... allowed) {
        for (ArticleState s : allowed) {
            if (a.state == s) {
                return;
            }
        }
        throw new ConflictException("稿件处于“" + a.state.label() + "”状态，不能" + action + "。");
    }

    private static String comment(String comment, boolean required) {
        return ArticleService.text("comment", comment, 1000, required, "审核意见");
    }

    private static void touch(Article a) {
        a.updatedAt = OffsetDateTime.now();
    }
}
