package cn.gov.baoji.portal.core.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The feedback after the deadline, as the national rules for 意见征集 ask: how many opinions came
 * in, which were adopted, which not, and why. The webmaster decides on every published comment
 * (a reason is required unless it was adopted), writes a summary, and publishes it once.
 */
@ApplicationScoped
public class ConsultationFeedback {

    public static final int MAX_TEXT = 5000;
    public static final int MAX_REASON = 1000;

    private final EntityManager em;
    private final ConsultationService consultations;
    private final ConsultationComments comments;
    private final ConsultationPolicy policy;
    private final PublicContentVersion publicVersion;
    private final Clock clock;

    ConsultationFeedback(EntityManager em, ConsultationService consultations, ConsultationComments comments,
            ConsultationPolicy policy, PublicContentVersion publicVersion, Clock clock) {
        this.em = em;
        this.consultations = consultations;
        this.comments = comments;
        this.policy = policy;
        this.publicVersion = publicVersion;
        this.clock = clock;
    }

    /** The decision on one comment: adoption empty means "not decided yet". */
    public record Decision(long commentId, String adoption, String reason) {
    }

    /** What the feedback says in figures: received in all, published, and the published ones by adoption. */
    public record Figures(long received, long published, long adopted, long partly, long notAdopted, long undecided) {
    }

    /** Saves decisions on some comments (a page of the feedback form); all or none. */
    @Transactional
    public void decide(Actor actor, long consultationId, List<Decision> decisions) {
        Consultation consultation = writable(actor, consultationId);
        for (Decision d : decisions) {
            Comment comment = em.find(Comment.class, d.commentId());
            if (comment == null || !comment.consultationId.equals(consultation.getId())
                    || comment.moderation != Moderation.APPROVED) {
                throw new InvalidInputException("comment", "只能对本次征集中已公开的意见填写采纳情况。");
            }
            String reason = Texts.text("reason-" + d.commentId(), d.reason(), MAX_REASON, false, "理由");
            if (d.adoption() == null || d.adoption().isBlank()) {
                comment.adoption = null;
                comment.adoptionReason = reason;
                continue;
            }
            Adoption adoption = Adoption.parse(d.adoption().strip()).orElseThrow(() -> new InvalidInputException(
                    "adoption-" + d.commentId(), "采纳情况应为采纳、部分采纳或未采纳。"));
            if (adoption.needsReason() && reason == null) {
                throw new InvalidInputException("reason-" + d.commentId(),
                        "第 " + d.commentId() + " 号意见" + adoption.label() + "，请填写理由。");
            }
            comment.adoption = adoption;
            comment.adoptionReason = reason;
        }
    }

    /** Saves the summary text without publishing it. */
    @Transactional
    public void saveText(Actor actor, long consultationId, String text) {
        Consultation consultation = writable(actor, consultationId);
        consultation.feedbackText = Texts.text("feedback", text, MAX_TEXT, false, "反馈说明");
        consultation.updatedAt = OffsetDateTime.now(clock);
    }

    /**
     * Publishes the feedback: every comment moderated, every published one decided, a summary
     * written. The number received is fixed at this moment.
     */
    @Transactional
    public Consultation publish(Actor actor, long consultationId, String text) {
        Consultation consultation = writable(actor, consultationId);
        String summary = Texts.text("feedback", text, MAX_TEXT, true, "反馈说明");
        Map<Moderation, Long> counts = comments.counts(consultationId);
        if (counts.get(Moderation.PENDING) > 0) {
            throw new ConflictException("还有 " + counts.get(Moderation.PENDING) + " 条意见未审核，请先审核再发布反馈。");
        }
        Figures figures = figures(consultation);
        if (figures.undecided() > 0) {
            throw new ConflictException("还有 " + figures.undecided() + " 条公开的意见未填写采纳情况。");
        }
        consultation.feedbackText = summary;
        consultation.opinionsReceived = (int) figures.received();
        consultation.feedbackPublishedAt = OffsetDateTime.now(clock);
        consultation.updatedAt = consultation.feedbackPublishedAt;
        publicVersion.changed();
        return consultation;
    }

    /** The figures as they stand (before publication) or as published. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures figures(Consultation consultation) {
        long received = consultation.opinionsReceived != null ? consultation.opinionsReceived
                : em.createQuery("SELECT count(x) FROM Comment x WHERE consultationId = :c", Long.class)
                        .setParameter("c", consultation.getId()).getSingleResult();
        long[] byAdoption = new long[Adoption.values().length + 1];
        em.createQuery("SELECT adoption, count(x) FROM Comment x WHERE consultationId = :c AND moderation = :m"
                + " GROUP BY adoption", Object[].class).setParameter("c", consultation.getId())
                .setParameter("m", Moderation.APPROVED).getResultStream()
                .forEach(r -> byAdoption[r[0] == null ? Adoption.values().length : ((Adoption) r[0]).ordinal()] =
                        ((Number) r[1]).longValue());
        long adopted = byAdoption[Adoption.ADOPTED.ordinal()];
        long partly = byAdoption[Adoption.PARTLY.ordinal()];
        long notAdopted = byAdoption[Adoption.NOT_ADOPTED.ordinal()];
        long undecided = byAdoption[Adoption.values().length];
        return new Figures(received, adopted + partly + notAdopted + undecided, adopted, partly, notAdopted, undecided);
    }

    private Consultation writable(Actor actor, long consultationId) {
        policy.requireWebmaster(actor);
        Consultation consultation = consultations.require(consultationId);
        if (!consultation.isPublished() || consultation.phase(clock.instant()) != Phase.ENDED) {
            throw new ConflictException("征集截止后才能填写和发布反馈。");
        }
        ConsultationService.requireNoFeedback(consultation);
        return consultation;
    }
}
