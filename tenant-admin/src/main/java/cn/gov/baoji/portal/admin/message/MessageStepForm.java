package cn.gov.baoji.portal.admin.message;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * A handling step's form as posted: the message's version as the page showed it (so that a step
 * taken on an outdated page is refused), and the step's fields; each step reads the ones it has.
 */
public class MessageStepForm {

    @RestForm
    public String version;
    /** The department (or township) to route or transfer to. */
    @RestForm
    public String department;
    /** The step's comment: routing note, transfer reason, return comment, approval note. */
    @RestForm
    public String comment;
    /** Why the message is refused as invalid; the citizen reads it on lookup. */
    @RestForm
    public String reason;
    /** The reply as the department drafted it, or as the editor corrected it on approval. */
    @RestForm
    public String reply;

    int expectedVersion() {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "表单不完整，请刷新页面后重新操作。");
        }
    }
}
