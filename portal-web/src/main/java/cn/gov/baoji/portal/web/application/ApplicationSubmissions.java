package cn.gov.baoji.portal.web.application;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.application.ApplicationDesk;
import cn.gov.baoji.portal.core.application.ApplicationGuides;
import cn.gov.baoji.portal.core.application.ApplicationInput;
import cn.gov.baoji.portal.core.application.ApplicationRules;
import cn.gov.baoji.portal.core.application.GuideTerms;
import cn.gov.baoji.portal.core.application.Upload;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.guard.ChallengeSpentException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;

/**
 * An application through the submission guard, for the API and the form alike: the input is
 * checked first (nothing is spent on a typo), then the proof of work, then the application is
 * stored in one transaction with the spam checks. A second copy of the same submission (double
 * click, retry) answers with the tracking number of the application the first one stored.
 */
@ApplicationScoped
public class ApplicationSubmissions {

    static final String FORM = "application";
    static final String LOOKUP = "application-lookup";

    private final SubmissionGuard guard;
    private final ApplicationDesk desk;
    private final ApplicationGuides guides;

    ApplicationSubmissions(SubmissionGuard guard, ApplicationDesk desk, ApplicationGuides guides) {
        this.guard = guard;
        this.desk = desk;
        this.guides = guides;
    }

    /** The guide of an item open for online application; others do not exist for citizens. */
    GuideTerms openGuide(String code) {
        return guides.open(code)
                .orElseThrow(() -> new NotFoundException("该事项不存在或暂未开通在线申报。"));
    }

    Map<String, String> problems(GuideTerms guide, ApplicationInput input, List<Upload> uploads) {
        return desk.problems(guide, input, uploads);
    }

    /**
     * Stores the application, committed before this returns.
     *
     * @return the tracking number, as stored
     */
    String submit(GuideTerms guide, ApplicationInput input, List<Upload> uploads, String altcha, String honeypot,
            String address) {
        // Nothing is spent on a typo: the input first, then the proof of work.
        desk.check(guide, input, uploads);
        if (altcha == null || altcha.isBlank()) {
            throw new InvalidInputException("altcha", "请先完成人机验证（点击提交时浏览器会自动完成）。");
        }
        Proof proof = guard.verify(altcha);
        String phone = ApplicationRules.phone(input.phone());
        try {
            return desk.submit(guide, input, uploads, proof.key(),
                    () -> guard.admit(proof, new Submission(FORM, honeypot, address, phone)));
        } catch (ChallengeSpentException spent) {
            return desk.submitted(proof.key(), phone).orElseThrow(() -> spent);
        }
    }
}
