package cn.gov.baoji.portal.core.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;

/**
 * What citizens may read of the county's interviews: announced ones only, with their guests, the
 * picked questions and the transcript. Drafts, pending and rejected questions are never returned.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicInterviews {

    public static final int MAX_PAGE_SIZE = 50;

    private final EntityManager em;
    private final Pictures pictures;
    private final Clock clock;

    PublicInterviews(EntityManager em, Pictures pictures, Clock clock) {
        this.em = em;
        this.pictures = pictures;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** Announced interviews, the latest start first. */
    public PublicArticles.Page<Interview> page(int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(1, page);
        long total = em.createQuery("SELECT count(i) FROM Interview i WHERE i.state = :state", Long.class)
                .setParameter("state", InterviewState.ANNOUNCED).getSingleResult();
        List<Interview> items = em.createQuery("FROM Interview i WHERE i.state = :state ORDER BY i.startsAt DESC, i.id DESC",
                Interview.class).setParameter("state", InterviewState.ANNOUNCED)
                .setFirstResult((safePage - 1) * safeSize).setMaxResults(safeSize).getResultList();
        return new PublicArticles.Page<>(items, total, safePage, safeSize);
    }

    /** An announced interview of this county; a draft, or another county's id, is absent. */
    public Optional<Interview> find(long id) {
        Interview interview = em.find(Interview.class, id);
        return interview != null && interview.isAnnounced() ? Optional.of(interview) : Optional.empty();
    }

    public List<Guest> guests(long interviewId) {
        return em.createQuery("FROM Guest g WHERE g.interviewId = :id ORDER BY g.sortOrder, g.id", Guest.class)
                .setParameter("id", interviewId).getResultList();
    }

    /** The guests of several interviews at once (for lists), in their order. */
    public Map<Long, List<Guest>> guestsOf(List<Long> interviewIds) {
        if (interviewIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("FROM Guest g WHERE g.interviewId IN :ids ORDER BY g.sortOrder, g.id", Guest.class)
                .setParameter("ids", interviewIds).getResultStream()
                .collect(Collectors.groupingBy(Guest::getInterviewId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    /** The number of the interview's latest live event (0 when nothing was posted yet). */
    public long lastSeq(long interviewId) {
        Object seq = em.createNativeQuery("SELECT event_seq FROM interview WHERE id = :id").setParameter("id", interviewId)
                .getSingleResult();
        return ((Number) seq).longValue();
    }

    /**
     * Picked questions and transcript entries numbered above {@code afterSeq}, in order, at most
     * {@code limit}: the page's transcript (after 0) and what the live stream still owes a viewer.
     */
    public List<LiveEvent> timeline(long interviewId, long afterSeq, int limit) {
        List<Question> picked = em.createQuery("FROM Question q WHERE q.interviewId = :id AND q.pickedSeq > :after "
                + "ORDER BY q.pickedSeq", Question.class).setParameter("id", interviewId).setParameter("after", afterSeq)
                .setMaxResults(limit).getResultList();
        List<Entry> entries = em.createQuery("FROM Entry e WHERE e.interviewId = :id AND e.seq > :after ORDER BY e.seq",
                Entry.class).setParameter("id", interviewId).setParameter("after", afterSeq).setMaxResults(limit)
                .getResultList();
        Map<Long, Question> answered = answeredQuestions(interviewId, entries);
        List<LiveEvent> events = new ArrayList<>(picked.size() + entries.size());
        picked.forEach(q -> events.add(LiveEvent.of(q)));
        entries.forEach(e -> events.add(LiveEvent.of(e, e.questionId == null ? null : answered.get(e.questionId))));
        events.sort(Comparator.comparingLong(LiveEvent::seq));
        return events.size() > limit ? List.copyOf(events.subList(0, limit)) : events;
    }

    /** The questions entries answer; only picked ones are ever linked, so nothing private shows. */
    private Map<Long, Question> answeredQuestions(long interviewId, List<Entry> entries) {
        List<Long> ids = entries.stream().map(e -> e.questionId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("FROM Question q WHERE q.interviewId = :interview AND q.id IN :ids AND q.state = :picked",
                Question.class).setParameter("interview", interviewId).setParameter("ids", ids)
                .setParameter("picked", QuestionState.PICKED).getResultStream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
    }

    /** A picture of an announced interview, for citizens. */
    public Optional<Picture> picture(long interviewId, long pictureId) {
        return find(interviewId).flatMap(i -> pictures.of(interviewId, pictureId));
    }
}
