package cn.gov.baoji.portal.admin.interview;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.interview.EntryInput;

/**
 * A transcript entry as the moderation console posts it: who speaks ({@code host} or a guest's id),
 * the words, optionally a picture with what it shows, and the picked question it answers.
 */
public class EntryForm {

    @RestForm
    public String speaker;
    @RestForm
    public String text;
    @RestForm
    public String caption;
    @RestForm
    public String question;
    @RestForm("picture")
    public FileUpload picture;

    EntryInput input() {
        return new EntryInput(speaker, text, caption, question());
    }

    private Long question() {
        if (question == null || question.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(question.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("question", "只能回复本次访谈中已选用的网友提问");
        }
    }
}
