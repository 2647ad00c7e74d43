package cn.gov.baoji.portal.core.interview;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;

/**
 * Citizens' questions to an announced interview, before it starts and while it runs. Every
 * question passes the {@link SubmissionGuard} and is committed before the citizen is told it
 * arrived; the solved challenge is its idempotency key, so a double click stores one question.
 */
@ApplicationScoped
public class QuestionIntake {

    public static final String FORM = "interview-question";
    static final int MAX_CONTENT = 500;
    static final int MAX_NICKNAME = 20;

    private final EntityManager em;
    private final PublicInterviews interviews;
    private final SubmissionGuard guard;
    private final Clock clock;

    QuestionIntake(EntityManager em, PublicInterviews interviews, SubmissionGuard guard, Clock clock) {
        this.em = em;
        this.interviews = interviews;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * Stores the question for the moderators.
     *
     * @throws cn.gov.baoji.portal.core.guard.ChallengeSpentException when the challenge was used
     *         already: the caller looks for the question it sent ({@link #sent}) outside this transaction
     */
    @Transactional
    public QuestionReceipt submit(long interviewId, QuestionInput input, Proof proof, Submission submission) {
        Interview interview = interviews.find(interviewId).orElseThrow(() -> new NotFoundException("访谈不存在。"));
        if (!interview.phaseAt(clock.instant()).takesQuestions()) {
            throw new ConflictException("访谈已结束，不再接受提问。");
        }
        QuestionInput in = input == null ? new QuestionInput(null, null) : input;
        String content = InterviewText.block("content", "提问内容", in.content(), MAX_CONTENT, true);
        String nickname = InterviewText.line("nickname", "昵称", in.nickname(), MAX_NICKNAME, false);
        guard.admit(proof, submission);
        Question question = new Question(interviewId, content, nickname, proof.key(), OffsetDateTime.now(clock));
        em.persist(question);
        return new QuestionReceipt(question.getId(), question.askedAt);
    }

    /** The question stored earlier with this challenge, for a repeated submission. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QuestionReceipt> sent(long interviewId, Proof proof) {
        return em.createQuery("FROM Question q WHERE q.submissionKey = :key AND q.interviewId = :id", Question.class)
                .setParameter("key", proof.key()).setParameter("id", interviewId).getResultStream().findFirst()
                .map(q -> new QuestionReceipt(q.getId(), q.askedAt));
    }
}
