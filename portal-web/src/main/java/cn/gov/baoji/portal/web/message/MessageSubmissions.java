package cn.gov.baoji.portal.web.message;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.guard.ChallengeSpentException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageFile;
import cn.gov.baoji.portal.core.message.MessageInput;
import cn.gov.baoji.portal.core.message.MessageRules;

/**
 * A citizen's message through the submission guard, for the API and the form alike: the input is
 * checked first (nothing is spent on a typo), then the proof of work, then the message is stored in
 * one transaction with the spam checks. A second copy of the same submission (double click, retry)
 * answers with the code of the message the first one stored.
 */
@ApplicationScoped
public class MessageSubmissions {

    static final String FORM = "message";

    private final SubmissionGuard guard;
    private final MessageBoard board;

    MessageSubmissions(SubmissionGuard guard, MessageBoard board) {
        this.guard = guard;
        this.board = board;
    }

    /** Every problem of the input by field; empty if it may be sent. */
    public Map<String, String> problems(MessageInput input, List<MessageFile> files) {
        return board.problems(input, files);
    }

    /**
     * Stores the message, committed before this returns.
     *
     * @return the query code
     */
    public String submit(MessageInput input, String altcha, String honeypot, String address) {
        return submit(input, List.of(), altcha, honeypot, address);
    }

    /** {@link #submit(MessageInput, String, String, String)} with the citizen's files. */
    public String submit(MessageInput input, List<MessageFile> files, String altcha, String honeypot, String address) {
        Map<String, String> problems = board.problems(input, files);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new InvalidInputException(first.getKey(), first.getValue());
        }
        if (altcha == null || altcha.isBlank()) {
            throw new InvalidInputException("altcha", "请先完成人机验证（点击提交时浏览器会自动完成）。");
        }
        Proof proof = guard.verify(altcha);
        String phone = MessageRules.phone(input.phone());
        try {
            return board.submit(input, files, proof.key(), () -> guard.admit(proof, new Submission(FORM, honeypot, address, phone)));
        } catch (ChallengeSpentException spent) {
            return board.submitted(proof.key(), phone).orElseThrow(() -> spent);
        }
    }
}
