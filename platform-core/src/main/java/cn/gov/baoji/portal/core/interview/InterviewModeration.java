package cn.gov.baoji.portal.core.interview;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The moderators' side of an announced interview (editors): pick or reject citizens' questions and
 * post the host's remarks and the guests' answers, with pictures. Each picked question and each
 * entry is a live event: numbered and announced to every instance in its own transaction
 * ({@link LiveNotices}).
 */
@ApplicationScoped
public class InterviewModeration {

    static final int MAX_TEXT = 5000;
    static final String HOST = "主持人";

    private final EntityManager em;
    private final InterviewService interviews;
    private final Pictures pictures;
    private final LiveNotices notices;
    private final Clock clock;

    InterviewModeration(EntityManager em, InterviewService interviews, Pictures pictures, LiveNotices notices,
            Clock clock) {
        this.em = em;
        this.interviews = interviews;
        this.pictures = pictures;
        this.notices = notices;
        this.clock = clock;
    }

    /** Questions of one state: waiting ones oldest first, picked ones in the order shown, rejected ones newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicArticles.Page<QuestionView> questions(long id, QuestionState state, int page, int size) {
        interviews.require(id);
        int safeSize = Math.max(1, Math.min(size, 100));
        int safePage = Math.max(1, page);
        String order = switch (state) {
            case PENDING -> "q.askedAt, q.id";
            case PICKED -> "q.pickedSeq";
            case REJECTED -> "q.decidedAt DESC, q.id DESC";
        };
        long total = em.createQuery("SELECT count(q) FROM Question q WHERE q.interviewId = :id AND q.state = :state",
                Long.class).setParameter("id", id).setParameter("state", state).getSingleResult();
        List<QuestionView> items = em.createQuery("FROM Question q WHERE q.interviewId = :id AND q.state = :state ORDER BY "
                + order, Question.class).setParameter("id", id).setParameter("state", state)
                .setFirstResult((safePage - 1) * safeSize).setMaxResults(safeSize).getResultStream()
                .map(QuestionView::of).toList();
        return new PublicArticles.Page<>(items, total, safePage, safeSize);
    }

    /** Shows the question on the interview's page, live. */
    @Transactional
    public void pick(Actor actor, long id, long questionId) {
        interviews.require(id);
        long seq = nextSeq(id);
        // A conditional update: of two moderators picking (or one rejecting) at once, one wins and the other is told.
        decide(actor, id, questionId, QuestionState.PICKED, seq);
        notices.send(id, seq);
    }

    /** The question is never shown. */
    @Transactional
    public void reject(Actor actor, long id, long questionId) {
        if (!interviews.require(id).isAnnounced()) {
            throw new ConflictException("访谈尚未发布。");
        }
        decide(actor, id, questionId, QuestionState.REJECTED, null);
    }

    /**
     * Posts a host remark or a guest's answer, optionally with a picture and answering a picked
     * question. Text is required unless there is a picture.
     *
     * @return the entry's event number
     */
    @Transactional
    public long post(Actor actor, long id, EntryInput input, String pictureName, byte[] picture) {
        Interview interview = interviews.require(id);
        EntryInput in = input == null ? new EntryInput(null, null, null, null) : input;
        Entry entry = new Entry();
        entry.interviewId = id;
        speaker(entry, id, in.speaker());
        boolean hasPicture = picture != null && picture.length > 0;
        String text = InterviewText.block("text", "发言内容", in.text(), MAX_TEXT, !hasPicture);
        entry.text = text == null ? "" : text;
        entry.pictureCaption = InterviewText.line("caption", "图片说明", in.caption(), 100, false);
        if (in.question() != null) {
            Question answered = em.find(Question.class, in.question());
            if (answered == null || answered.interviewId != id || answered.state != QuestionState.PICKED) {
                throw new InvalidInputException("question", "只能回复本次访谈中已选用的网友提问");
            }
            entry.questionId = answered.getId();
        }
        if (!interview.isAnnounced()) {
            throw new ConflictException("访谈尚未发布，不能发布实录。");
        }
        if (hasPicture) {
            entry.pictureId = pictures.store(id, pictureName, picture, actor).getId();
        }
        entry.seq = nextSeq(id);
        entry.postedAt = OffsetDateTime.now(clock);
        entry.postedBy = actor.name().length() > 80 ? actor.name().substring(0, 80) : actor.name();
        em.persist(entry);
        notices.send(id, entry.seq);
        return entry.seq;
    }

    private void speaker(Entry entry, long interviewId, String speaker) {
        if (speaker == null || speaker.isBlank() || speaker.strip().equals("host")) {
            entry.speakerKind = SpeakerKind.HOST;
            entry.speakerName = HOST;
            return;
        }
        long guestId;
        try {
            guestId = Long.parseLong(speaker.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("speaker", "请选择发言人：主持人或本次访谈的嘉宾");
        }
        Guest guest = em.find(Guest.class, guestId);
        if (guest == null || guest.interviewId != interviewId) {
            throw new InvalidInputException("speaker", "请选择发言人：主持人或本次访谈的嘉宾");
        }
        entry.speakerKind = SpeakerKind.GUEST;
        entry.guestId = guest.getId();
        entry.speakerName = guest.name;
        entry.speakerPosition = guest.position;
    }

    private void decide(Actor actor, long id, long questionId, QuestionState state, Long seq) {
        int changed = em.createQuery("UPDATE Question q SET q.state = :state, q.pickedSeq = :seq, q.decidedAt = :at, "
                + "q.decidedBy = :by WHERE q.id = :question AND q.interviewId = :id AND q.state = :pending")
                .setParameter("state", state).setParameter("seq", seq).setParameter("at", OffsetDateTime.now(clock))
                .setParameter("by", actor.name().length() > 80 ? actor.name().substring(0, 80) : actor.name())
                .setParameter("question", questionId).setParameter("id", id).setParameter("pending", QuestionState.PENDING)
                .executeUpdate();
        if (changed == 0) {
            Question question = em.find(Question.class, questionId);
            if (question == null || question.interviewId != id) {
                throw new NotFoundException("提问不存在。");
            }
            em.refresh(question);
            throw new ConflictException("该提问已经处理过（" + question.state.label() + "）。");
        }
    }

    private long nextSeq(long id) {
        return notices.next(id).orElseThrow(() -> new ConflictException("访谈尚未发布，不能发布实录。"));
    }
}
