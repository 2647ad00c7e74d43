package cn.gov.baoji.portal.core.consultation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles.Page;

/**
 * What citizens may read of consultations: published ones only, their files, and their approved
 * comments. Nothing here reads a comment's name or phone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicConsultations {

    public static final int MAX_PAGE_SIZE = 100;

    private final EntityManager em;
    private final Clock clock;

    PublicConsultations(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * Published consultations, newest first. {@code ended} null: all; false: still to come or
     * taking comments; true: past their deadline.
     */
    public Page<Consultation> list(Boolean ended, int page, int size) {
        String where = "WHERE state = :published" + (ended == null ? "" : ended ? " AND deadline <= :now" : " AND deadline > :now");
        TypedQuery<Long> count = em.createQuery("SELECT count(c) FROM Consultation c " + where, Long.class);
        TypedQuery<Consultation> items = em.createQuery("FROM Consultation " + where + " ORDER BY opensAt DESC, id DESC",
                Consultation.class);
        count.setParameter("published", ConsultationState.PUBLISHED);
        items.setParameter("published", ConsultationState.PUBLISHED);
        if (ended != null) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            count.setParameter("now", now);
            items.setParameter("now", now);
        }
        return new Page<>(items.setFirstResult((page - 1) * size).setMaxResults(size).getResultList(),
                count.getSingleResult(), page, size);
    }

    public Optional<Consultation> find(long id) {
        Consultation consultation = em.find(Consultation.class, id);
        return consultation != null && consultation.isPublished() ? Optional.of(consultation) : Optional.empty();
    }

    public List<ConsultationAttachment> attachments(long consultationId) {
        return find(consultationId).map(c -> em.createQuery("FROM ConsultationAttachment WHERE consultationId = :id ORDER BY id",
                ConsultationAttachment.class).setParameter("id", consultationId).getResultList()).orElse(List.of());
    }

    /** A file of a published consultation, by its id and the consultation's (both must match). */
    public Optional<ConsultationService.File> download(long consultationId, long attachmentId) {
        if (find(consultationId).isEmpty()) {
            return Optional.empty();
        }
        ConsultationAttachment attachment = em.find(ConsultationAttachment.class, attachmentId);
        if (attachment == null || attachment.getConsultationId() != consultationId) {
            return Optional.empty();
        }
        return Optional.of(new ConsultationService.File(attachment,
                em.find(ConsultationAttachmentContent.class, attachmentId).getBytes()));
    }

    /** A published comment as citizens see it: no name, no phone. */
    public record PublicComment(long id, String content, OffsetDateTime submittedAt, Adoption adoption, String reason) {
    }

    /**
     * The approved comments of a published consultation, newest first; what was done with them
     * only once the feedback is published.
     */
    public Page<PublicComment> comments(Consultation consultation, int page, int size) {
        long total = em.createQuery("SELECT count(x) FROM Comment x WHERE consultationId = :c AND moderation = :m", Long.class)
                .setParameter("c", consultation.getId()).setParameter("m", Moderation.APPROVED).getSingleResult();
        boolean feedback = consultation.isFeedbackPublished();
        List<PublicComment> items = em.createQuery("SELECT x.id, x.content, x.submittedAt, x.adoption, x.adoptionReason"
                + " FROM Comment x WHERE consultationId = :c AND moderation = :m ORDER BY x.id DESC", Object[].class)
                .setParameter("c", consultation.getId()).setParameter("m", Moderation.APPROVED)
                .setFirstResult((page - 1) * size).setMaxResults(size).getResultStream()
                .map(r -> new PublicComment((Long) r[0], (String) r[1], (OffsetDateTime) r[2],
                        feedback ? (Adoption) r[3] : null, feedback ? (String) r[4] : null))
                .toList();
        return new Page<>(items, total, page, size);
    }
}
