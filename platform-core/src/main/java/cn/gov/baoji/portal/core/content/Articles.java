package cn.gov.baoji.portal.core.content;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.site.Channel;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/** Lookups and views shared by the article services; everything runs in the current tenant's schema. */
@ApplicationScoped
class Articles {

    private final EntityManager em;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Clock clock;

    Articles(EntityManager em, DepartmentService departments, TenantContext tenant, Clock clock) {
        this.em = em;
        this.departments = departments;
        this.tenant = tenant;
        this.clock = clock;
    }

    Article require(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new NotFoundException("稿件不存在");
        }
        return article;
    }

    Channel channel(long id) {
        Channel channel = em.find(Channel.class, id);
        if (channel == null) {
            throw new NotFoundException("栏目不存在");
        }
        return channel;
    }

    Channel channelByCode(String code) {
        return em.createQuery("FROM Channel WHERE code = :code", Channel.class).setParameter("code", code == null ? "" : code)
                .getResultList().stream().findFirst().orElseThrow(() -> new NotFoundException("栏目不存在：" + code));
    }

    Department department(long id) {
        return departments.byId(id).orElseThrow(() -> new NotFoundException("部门不存在"));
    }

    Department departmentByCode(String code) {
        return departments.byCode(code == null ? "" : code)
                .orElseThrow(() -> new NotFoundException("部门不存在：" + code));
    }

    ArticlePolicy policy(Actor actor) {
        return new ArticlePolicy(tenant.require().code(), actor);
    }

    void record(Article article, ArticleTransition.Action action, ArticleState from, Integer level, Actor actor,
            String comment) {
        // The clock's time: the evaluation counts steps by the day they were taken.
        em.persist(new ArticleTransition(article, action, from, level, actor.subject(), actor.name(), comment,
                OffsetDateTime.now(clock)));
    }

    ArticleView view(Article a) {
        Channel channel = channel(a.channelId);
        Department department = department(a.departmentId);
        List<AttachmentView> attachments = em.createQuery("FROM Attachment WHERE articleId = :id ORDER BY id", Attachment.class)
                .setParameter("id", a.getId()).getResultList().stream().map(AttachmentView::of).toList();
        List<ArticleView.Step> history = em.createQuery("FROM ArticleTransition WHERE articleId = :id ORDER BY id",
                ArticleTransition.class).setParameter("id", a.getId()).getResultList().stream()
                .map(t -> new ArticleView.Step(t.getAction().name(), t.getFromState() == null ? null : t.getFromState().name(),
                        t.getToState().name(), t.getReviewLevel(), t.getActorName(), t.getComment(), t.getAt()))
                .toList();
        return new ArticleView(a.getId(), channel.getCode(), department.getCode(), department.getName(), a.title, a.summary,
                a.bodyHtml, a.state.name(), a.state.label(), a.reviewLevel, channel.getReviewLevels(), a.authorName,
                a.publishAt, a.firstPublishedAt, a.publicRevisionNo, a.revisionCount, a.disclosure, a.indexNumber,
                a.publisherOrg, a.documentDate, a.documentNumber, a.topicCode, a.catalogueNodeCode, a.coverAttachmentId, attachments,
                history);
    }
}
