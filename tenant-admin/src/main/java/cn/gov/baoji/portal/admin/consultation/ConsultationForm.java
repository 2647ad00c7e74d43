package cn.gov.baoji.portal.admin.consultation;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.consultation.ConsultationInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The consultation form as posted; {@code body} is the editor's HTML (or the plain textarea's, without script). */
public class ConsultationForm {

    @RestForm
    public String title;
    @RestForm
    public String summary;
    @RestForm
    public String body;
    @RestForm
    public String department;
    @RestForm
    public String contactPhone;
    @RestForm
    public String contactEmail;
    @RestForm
    public String opensAt;
    @RestForm
    public String deadline;
    /** The version the form showed (empty on a new consultation). */
    @RestForm
    public String version;

    ConsultationInput input() {
        return new ConsultationInput(title, summary, body, department, contactPhone, contactEmail, opensAt, deadline);
    }

    Integer expectedVersion() {
        if (version == null || version.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "表单已失效，请刷新页面后重新编辑。");
        }
    }
}
