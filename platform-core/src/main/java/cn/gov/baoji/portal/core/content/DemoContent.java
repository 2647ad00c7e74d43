package cn.gov.baoji.portal.core.content;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentKind;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.site.Channel;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/**
 * Departments every new county starts with, and, for demonstrations, a few dozen published
 * articles in Chinese (from {@code seed/demo-content.json}), so that a fresh portal looks alive.
 */
@ApplicationScoped
class DemoContent {

    record DepartmentSeed(String code, String name, String kind, String intro) {
    }

    record DisclosureSeed(String node, String topic, String documentNumber, int documentDaysAgo) {
    }

    record ArticleSeed(String channel, String department, String title, String summary, String body, int daysAgo,
            DisclosureSeed disclosure) {
    }

    record Seed(String comment, List<DepartmentSeed> departments, Map<String, List<DepartmentSeed>> townships,
            List<ArticleSeed> articles) {
    }

    private final EntityManager em;
    private final IndexNumbers indexNumbers;
    private volatile Seed seed;

    DemoContent(EntityManager em, IndexNumbers indexNumbers) {
        this.em = em;
        this.indexNumbers = indexNumbers;
    }

    /** Adds the standard departments and the county's townships that are missing. */
    @Transactional
    void departments(TenantInfo tenant) {
        int order = 0;
        for (DepartmentSeed d : seed().departments()) {
            add(d, DepartmentKind.DEPARTMENT, tenant, order += 10);
        }
        for (DepartmentSeed t : seed().townships().getOrDefault(tenant.code().value(), List.of())) {
            add(t, DepartmentKind.TOWNSHIP, tenant, order += 10);
        }
    }

    /** Publishes the demo articles, unless the county has articles already. */
    @Transactional
    void articles(TenantInfo tenant) {
        if (em.createQuery("SELECT count(a) FROM Article a", Long.class).getSingleResult() > 0) {
            return;
        }
        Actor author = new Actor("demo", tenant.name() + "信息员", null);
        Actor editor = new Actor("demo", tenant.name() + "审核员", null);
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        int i = 0;
        for (ArticleSeed s : seed().articles()) {
            Channel channel = em.createQuery("FROM Channel WHERE code = :c", Channel.class).setParameter("c", s.channel())
                    .getResultList().stream().findFirst().orElse(null);
            Department department = department(s.department());
            if (channel == null || department == null) {
                continue;
            }
            OffsetDateTime at = now.minusDays(s.daysAgo()).minusMinutes(37L * i++ % 600);
            Article a = new Article(author.subject(), author.name());
            a.channelId = channel.getId();
            a.departmentId = department.getId();
            a.title = fill(s.title(), tenant);
            a.summary = fill(s.summary(), tenant);
            a.bodyHtml = HtmlSanitizer.clean(fill(s.body(), tenant));
            if (s.disclosure() != null) {
                a.disclosure = true;
                a.publisherOrg = department.getName();
                a.catalogueNodeCode = s.disclosure().node();
                a.topicCode = s.disclosure().topic();
                String number = fill(s.disclosure().documentNumber(), tenant);
                a.documentNumber = number == null || number.isBlank() ? null : number;
                a.documentDate = LocalDate.from(now.minusDays(s.disclosure().documentDaysAgo()));
                a.indexNumber = indexNumbers.next(department, at.getYear());
            }
            a.firstPublishedAt = at;
            a.updatedAt = at;
            a.revisionCount = 1;
            a.publicRevisionNo = 1;
            a.state = ArticleState.DRAFT;
            em.persist(a);
            em.flush();
            record(a, ArticleTransition.Action.CREATE, null, ArticleState.DRAFT, author, at);
            record(a, ArticleTransition.Action.SUBMIT, ArticleState.DRAFT, ArticleState.PENDING, author, at);
            record(a, ArticleTransition.Action.APPROVE, ArticleState.PENDING, ArticleState.APPROVED, editor, at);
            a.state = ArticleState.PUBLISHED;
            record(a, ArticleTransition.Action.PUBLISH, ArticleState.APPROVED, ArticleState.PUBLISHED, editor, at);
            em.persist(new ArticleRevision(a, 1, editor.name(), at));
            PublishedArticle live = new PublishedArticle(a.getId());
            live.copyFrom(a, 1, at);
            em.persist(live);
        }
    }

    private void record(Article a, ArticleTransition.Action action, ArticleState from, ArticleState to, Actor actor,
            OffsetDateTime at) {
        ArticleState current = a.state;
        a.state = to;
        // Dated like the demo article, so the evaluation figures of the demo look plausible.
        em.persist(new ArticleTransition(a, action, from, null, actor.subject(), actor.name(), null, at));
        a.state = current;
    }

    private Department department(String code) {
        if ("township".equals(code)) {
            return em.createQuery("FROM Department WHERE kind = :k ORDER BY sortOrder, id", Department.class)
                    .setParameter("k", DepartmentKind.TOWNSHIP).setMaxResults(1).getResultList().stream().findFirst()
                    .orElseGet(() -> department("zfb"));
        }
        return em.createQuery("FROM Department WHERE code = :c", Department.class).setParameter("c", code)
                .getResultList().stream().findFirst().orElse(null);
    }

    private void add(DepartmentSeed d, DepartmentKind kind, TenantInfo tenant, int order) {
        boolean exists = em.createQuery("SELECT count(d) FROM Department d WHERE d.code = :c", Long.class)
                .setParameter("c", d.code()).getSingleResult() > 0;
        if (!exists) {
            em.persist(new Department(d.code(), fill(d.name(), tenant), kind, fill(d.intro(), tenant), order));
        }
    }

    private static String fill(String text, TenantInfo tenant) {
        if (text == null) {
            return null;
        }
        String shortName = tenant.name().substring(0, tenant.name().length() - 1);
        return text.replace("{county}", tenant.name()).replace("{short}", shortName);
    }

    private Seed seed() {
        if (seed == null) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("seed/demo-content.json")) {
                seed = new ObjectMapper().readValue(in, Seed.class);
            } catch (IOException e) {
                throw new IllegalStateException("Demo content cannot be read: " + e.getMessage(), e);
            }
        }
        return seed;
    }
}
