package cn.gov.baoji.portal.core.guard;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The challenge of this submission was spent already: either by an earlier copy of the same
 * submission (a double click, a retry), whose stored row the caller then answers with, or by
 * someone replaying a solution, who gets this error.
 */
public class ChallengeSpentException extends InvalidInputException {

    private final Proof proof;

    public ChallengeSpentException(Proof proof) {
        super("altcha", "人机验证已使用，请刷新页面后重新验证。");
        this.proof = proof;
    }

    public Proof proof() {
        return proof;
    }
}
