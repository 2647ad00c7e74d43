package cn.gov.baoji.portal.admin.consultation;

import java.time.Instant;

import cn.gov.baoji.portal.core.consultation.Consultation;
import cn.gov.baoji.portal.core.consultation.Phase;
import cn.gov.baoji.portal.core.consultation.Texts;

/**
 * A consultation as the edit page shows it: its stored values, or what the webmaster typed when the
 * form was refused, with where it stands.
 */
public record Editing(Long id, String title, String summary, String body, String department, String contactPhone,
        String contactEmail, String opensAt, String deadline, String version, String stateLabel, String phaseLabel,
        boolean published, boolean ended, boolean feedbackPublished) {

    static final Editing NEW = new Editing(null, "", "", "", "", "", "", "", "", "", "草稿", "", false, false, false);

    static Editing of(Consultation c, String departmentCode, Instant now) {
        Phase phase = c.phase(now);
        return new Editing(c.getId(), c.getTitle(), orEmpty(c.getSummary()), c.getBodyHtml(), departmentCode,
                orEmpty(c.getContactPhone()), orEmpty(c.getContactEmail()), Texts.input(c.getOpensAt()),
                Texts.input(c.getDeadline()), String.valueOf(c.getVersion()), c.getState().label(),
                c.isPublished() ? phase.label() : "", c.isPublished(), phase == Phase.ENDED, c.isFeedbackPublished());
    }

    /** The form as typed, over what is stored (or over a new one). */
    Editing typed(ConsultationForm form) {
        return new Editing(id, orEmpty(form.title), orEmpty(form.summary), orEmpty(form.body), orEmpty(form.department),
                orEmpty(form.contactPhone), orEmpty(form.contactEmail), orEmpty(form.opensAt), orEmpty(form.deadline),
                version, stateLabel, phaseLabel, published, ended, feedbackPublished);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
