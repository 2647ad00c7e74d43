package cn.gov.baoji.portal.core.guard;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** TEMPORARY compile stub of the lead's guard (replaced when main is merged). */
@ApplicationScoped
public class SubmissionGuard {

    public Proof verify(String altchaPayload) {
        if (altchaPayload == null || altchaPayload.isBlank()) {
            throw new InvalidInputException("altcha", "请先完成人机验证。");
        }
        return new Proof(altchaPayload);
    }

    public void admit(Proof proof, Submission submission) {
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
            throw new InvalidInputException("website", "提交未通过校验。");
        }
    }

    public void limit(String form, String address) {
    }
}
