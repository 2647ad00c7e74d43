package cn.gov.baoji.portal.core.survey;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * Reading the request's county's surveys: published ones for everybody, all of them for its
 * webmaster. Drafts do not exist for the public: their ids answer like unknown ones.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Surveys {

    public static final int MAX_PAGE_SIZE = 50;
    static final String NOT_FOUND = "调查不存在或尚未发布。";

    private final EntityManager em;
    private final Clock clock;
    private final TenantContext tenant;

    Surveys(EntityManager em, Clock clock, TenantContext tenant) {
        this.em = em;
        this.clock = clock;
        this.tenant = tenant;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Published surveys, open and closed alike, the latest start first. */
    public PublicArticles.Page<SurveySummary> published(int page, int size) {
        return page("WHERE s.state = 'PUBLISHED'", page, size);
    }

    /** A published survey. */
    public Optional<SurveyView> published(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null || survey.state != SurveyState.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(SurveyView.of(survey, now(), responses(id)));
    }

    /** Every survey of the county, drafts included, for its webmaster. */
    public PublicArticles.Page<SurveySummary> all(Actor actor, int page, int size) {
        requireWebmaster(actor);
        return page("", page, size);
    }

    /** Any survey of the county, for its webmaster. */
    public SurveyView get(Actor actor, long id) {
        requireWebmaster(actor);
        return SurveyView.of(require(id), now(), responses(id));
    }

    private PublicArticles.Page<SurveySummary> page(String where, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "每页条数应为 1 至 " + MAX_PAGE_SIZE);
        }
        long total = em.createQuery("SELECT count(s) FROM Survey s " + where, Long.class).getSingleResult();
        List<Survey> rows = em.createQuery("FROM Survey s " + where + " ORDER BY s.startsAt DESC, s.id DESC", Survey.class)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        Map<Long, Long> counts = rows.isEmpty() ? Map.of()
                : em.createQuery("SELECT r.surveyId, count(r) FROM SurveyResponse r WHERE r.surveyId IN :ids GROUP BY r.surveyId",
                        Object[].class).setParameter("ids", rows.stream().map(Survey::getId).toList()).getResultStream()
                        .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        OffsetDateTime now = now();
        return new PublicArticles.Page<>(rows.stream().map(s -> SurveySummary.of(s, now, counts.getOrDefault(s.getId(), 0L)))
                .toList(), total, page, size);
    }

    Survey require(long id) {
        Survey survey = em.find(Survey.class, id);
        if (survey == null) {
            throw new NotFoundException("调查不存在。");
        }
        return survey;
    }

    long responses(long surveyId) {
        return em.createQuery("SELECT count(r) FROM SurveyResponse r WHERE r.surveyId = :id", Long.class)
                .setParameter("id", surveyId).getSingleResult();
    }

    /** Surveys are the webmaster's (站点管理员) work; the resources check it too, this is the second lock. */
    void requireWebmaster(Actor actor) {
        if (actor == null || !actor.bindings().allows(tenant.require().code(), Role.WEBMASTER)) {
            throw new AccessDeniedException("只有本站的站点管理员可以管理网上调查。");
        }
    }
}
