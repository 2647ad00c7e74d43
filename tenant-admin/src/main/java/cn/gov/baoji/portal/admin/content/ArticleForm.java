package cn.gov.baoji.portal.admin.content;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.content.ArticleInput;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The article form as posted; the body is the editor's HTML (or the plain textarea's, without script). */
public class ArticleForm {

    @RestForm
    public String channel;
    @RestForm
    public String department;
    @RestForm
    public String title;
    @RestForm
    public String summary;
    @RestForm
    public String body;
    @RestForm
    public boolean disclosure;
    @RestForm
    public String publisherOrg;
    @RestForm
    public String documentDate;
    @RestForm
    public String documentNumber;
    @RestForm
    public String topic;
    @RestForm
    public String catalogueNode;
    /** The chosen cover image (an attachment id), empty for none. */
    @RestForm
    public String coverAttachmentId;

    /**
     * The input for the service. Images the editor shows through the back office's own file address
     * (the article is not public yet) are stored with their public address.
     */
    ArticleInput input(Long articleId) {
        String html = body;
        if (html != null && articleId != null) {
            html = html.replace("\"/admin/articles/" + articleId + "/files/", "\"/attachments/");
        }
        return new ArticleInput(channel, department, title, summary, html, cover(), disclosure, publisherOrg,
                documentDate, documentNumber, topic, catalogueNode);
    }

    private Long cover() {
        if (coverAttachmentId == null || coverAttachmentId.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(coverAttachmentId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("coverAttachmentId", "封面须为本稿件已上传的图片");
        }
    }
}
