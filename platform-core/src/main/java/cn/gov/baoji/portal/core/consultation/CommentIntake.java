package cn.gov.baoji.portal.core.consultation;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.guard.ChallengeSpentException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;

/**
 * The one way a comment comes in, for the page's form and the API alike: the challenge is checked
 * first, the comment stored in a transaction of its own, and a copy of a submission already stored
 * (a double click, a retried request: the same solved challenge) answered with the stored comment
 * instead of a second one.
 */
@ApplicationScoped
public class CommentIntake {

    static final String FORM = "comment";

    private final SubmissionGuard guard;
    private final ConsultationComments comments;

    CommentIntake(SubmissionGuard guard, ConsultationComments comments) {
        this.guard = guard;
        this.comments = comments;
    }

    /**
     * @param honeypot the hidden field people leave empty (null from the API)
     * @param address the client's address, for the rate limit
     * @return the stored comment (awaiting moderation)
     */
    public Comment submit(long consultationId, CommentInput input, String altcha, String honeypot, String address) {
        comments.requireOpen(consultationId);
        Proof proof = guard.verify(altcha);
        try {
            return comments.submit(consultationId, input, proof, new Submission(FORM, honeypot, address, null));
        } catch (ChallengeSpentException spent) {
            // Committed before: the first copy's answer again. Someone else's replayed solution: refused.
            return comments.submitted(consultationId, proof, input == null ? null : input.phone()).orElseThrow(() -> spent);
        }
    }
}
