package cn.gov.baoji.portal.core.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * Numbers an interview's live events and tells every instance about them. The number is taken with
 * an UPDATE of the interview's row, which holds the row lock until commit: two moderators posting
 * at once get consecutive numbers in the order their transactions commit, so a viewer that saw
 * event n has seen every event below n. The PostgreSQL notification goes out in the same
 * transaction, so it is delivered exactly when, and only if, the event is committed.
 */
@ApplicationScoped
class LiveNotices {

    /** Channel of the notifications; payload {@code <tenant code>:<interview id>:<event number>}. */
    static final String CHANNEL = "portal_interview_events";

    private final EntityManager em;
    private final TenantContext tenant;

    LiveNotices(EntityManager em, TenantContext tenant) {
        this.em = em;
        this.tenant = tenant;
    }

    /** The next event number of an announced interview; empty if it is not announced (any more). */
    java.util.OptionalLong next(long interviewId) {
        java.util.List<?> rows = em.createNativeQuery("UPDATE interview SET event_seq = event_seq + 1 "
                + "WHERE id = :id AND state = 'ANNOUNCED' RETURNING event_seq").setParameter("id", interviewId)
                .getResultList();
        return rows.isEmpty() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(((Number) rows.get(0)).longValue());
    }

    /** Tells every instance (this one too) that the interview has event {@code seq}, on commit. */
    void send(long interviewId, long seq) {
        String payload = tenant.require().code().value() + ":" + interviewId + ":" + seq;
        em.createNativeQuery("SELECT pg_notify(:channel, :payload) IS NULL").setParameter("channel", CHANNEL)
                .setParameter("payload", payload).getSingleResult();
    }
}
