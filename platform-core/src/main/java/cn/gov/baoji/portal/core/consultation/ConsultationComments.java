package cn.gov.baoji.portal.core.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles.Page;
import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.security.Actor;

/** Citizens' comments: taken while a consultation is open, moderated before anyone else sees them. */
@ApplicationScoped
public class ConsultationComments {

    public static final int MAX_CONTENT = 2000;
    /** A mainland mobile number, or a landline with its area code (older citizens may have no mobile). */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[0-9]{7,8}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]");

    private final EntityManager em;
    private final SubmissionGuard guard;
    private final ConsultationPolicy policy;
    private final PublicContentVersion publicVersion;
    private final Clock clock;

    ConsultationComments(EntityManager em, SubmissionGuard guard, ConsultationPolicy policy,
            PublicContentVersion publicVersion, Clock clock) {
        this.em = em;
        this.guard = guard;
        this.policy = policy;
        this.publicVersion = publicVersion;
        this.clock = clock;
    }

    /**
     * Stores a comment on an open, published consultation, after the guard admitted it (honeypot,
     * rate limits, the challenge spent once). All or nothing: a refusal stores nothing.
     *
     * @throws cn.gov.baoji.portal.core.guard.ChallengeSpentException when the challenge was used
     *         before: the caller looks up the earlier copy ({@link #submitted})
     */
    @Transactional
    public Comment submit(long consultationId, CommentInput input, Proof proof, Submission submission) {
        Consultation consultation = open(consultationId);
        if (input == null) {
            throw new InvalidInputException("content", "请填写意见内容。");
        }
        String content = Texts.text("content", input.content(), MAX_CONTENT, true, "意见内容");
        String name = Texts.text("name", input.name(), 40, false, "姓名");
        String phone = phone(input.phone());
        guard.admit(proof, new Submission(submission.form(), submission.honeypot(), submission.address(), phone));
        Comment comment = new Comment(consultation.getId(), content, name, phone, proof.key(), OffsetDateTime.now(clock));
        em.persist(comment);
        em.flush();
        return comment;
    }

    /** The comment stored earlier with this challenge, if it was this citizen's (same phone) on this consultation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Comment> submitted(long consultationId, Proof proof, String phone) {
        String normalized = normalize(phone);
        return em.createQuery("FROM Comment WHERE submissionKey = :key", Comment.class).setParameter("key", proof.key())
                .getResultStream().filter(c -> c.consultationId == consultationId && c.phone.equals(normalized))
                .findFirst();
    }

    /**
     * Approves or rejects a comment. A change of mind is allowed (an approved comment that turns out
     * to be abusive can be taken down) until the feedback is published; the same decision twice is a 409.
     */
    @Transactional
    public Comment moderate(Actor actor, long consultationId, long commentId, Moderation decision) {
        policy.requireModerator(actor);
        if (decision == Moderation.PENDING) {
            throw new InvalidInputException("action", "只能公开或不予公开。");
        }
        Consultation consultation = em.find(Consultation.class, consultationId);
        Comment comment = em.find(Comment.class, commentId);
        if (consultation == null || comment == null || !comment.consultationId.equals(consultation.getId())) {
            throw new NotFoundException("意见不存在。");
        }
        ConsultationService.requireNoFeedback(consultation);
        if (comment.moderation == decision) {
            throw new ConflictException("该意见已是“" + decision.label() + "”状态。");
        }
        boolean wasPublic = comment.moderation == Moderation.APPROVED;
        comment.moderation = decision;
        comment.moderatedBy = actor.name() == null || actor.name().isBlank() ? "（未知）"
                : actor.name().substring(0, Math.min(80, actor.name().length()));
        comment.moderatedAt = OffsetDateTime.now(clock);
        if (decision == Moderation.REJECTED) {
            // A comment taken off the site keeps no adoption decision: the feedback covers published ones.
            comment.adoption = null;
            comment.adoptionReason = null;
        }
        if (wasPublic || decision == Moderation.APPROVED) {
            publicVersion.changed();
        }
        return comment;
    }

    /** A consultation's comments, optionally in one moderation state, oldest first (a queue). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Comment> queue(long consultationId, Moderation state, int page, int size) {
        String where = "WHERE consultationId = :c" + (state == null ? "" : " AND moderation = :m");
        var count = em.createQuery("SELECT count(x) FROM Comment x " + where, Long.class).setParameter("c", consultationId);
        var items = em.createQuery("FROM Comment " + where + " ORDER BY id", Comment.class).setParameter("c", consultationId);
        if (state != null) {
            count.setParameter("m", state);
            items.setParameter("m", state);
        }
        return new Page<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    /** How many comments a consultation has in each moderation state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Moderation, Long> counts(long consultationId) {
        Map<Moderation, Long> counts = new EnumMap<>(Moderation.class);
        for (Moderation m : Moderation.values()) {
            counts.put(m, 0L);
        }
        em.createQuery("SELECT moderation, count(x) FROM Comment x WHERE consultationId = :c GROUP BY moderation",
                Object[].class).setParameter("c", consultationId).getResultStream()
                .forEach(r -> counts.put((Moderation) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    /**
     * Refuses a comment on a consultation that is not public (404) or not taking comments now
     * (409, e.g. 征集已结束), before anything else about the comment is looked at.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireOpen(long consultationId) {
        open(consultationId);
    }

    /** A published consultation that takes comments now; otherwise why not. */
    private Consultation open(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        if (consultation == null || !consultation.isPublished()) {
            throw new NotFoundException("意见征集不存在。");
        }
        switch (consultation.phase(clock.instant())) {
            case UPCOMING -> throw new ConflictException("征集尚未开始，请于 " + Texts.show(consultation.opensAt) + " 后提交意见。");
            case ENDED -> throw new ConflictException("征集已结束，不再接收意见。");
            default -> {
                return consultation;
            }
        }
    }

    static String normalize(String phone) {
        return phone == null ? "" : SPACES.matcher(phone).replaceAll("");
    }

    private static String phone(String value) {
        String phone = normalize(value);
        if (phone.isEmpty()) {
            throw new InvalidInputException("phone", "请填写联系电话，以便征集单位与您联系（不会公开）。");
        }
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "请填写正确的手机号码（11 位）或带区号的固定电话，如 0917-3212345。");
        }
        return phone;
    }
}
