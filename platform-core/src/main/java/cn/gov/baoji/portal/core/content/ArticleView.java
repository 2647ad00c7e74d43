package cn.gov.baoji.portal.core.content;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An article as the back office shows it, with its history. */
public record ArticleView(
        long id,
        String channel,
        String department,
        String departmentName,
        String title,
        String summary,
        String body,
        String state,
        String stateLabel,
        Integer reviewLevel,
        int reviewLevels,
        String author,
        OffsetDateTime publishAt,
        OffsetDateTime firstPublishedAt,
        Integer publicRevision,
        int revisionCount,
        boolean disclosure,
        String indexNumber,
        String publisherOrg,
        LocalDate documentDate,
        String documentNumber,
        String topic,
        String catalogueNode,
        Long coverAttachmentId,
        List<AttachmentView> attachments,
        List<Step> history) {

    /** The article's image attachments: what may be its cover or be shown in the text. */
    public List<AttachmentView> images() {
        return attachments.stream().filter(AttachmentView::image).toList();
    }

    public boolean isCover(long attachmentId) {
        return coverAttachmentId != null && coverAttachmentId == attachmentId;
    }

    /** One recorded workflow step. */
    public record Step(String action, String from, String to, Integer reviewLevel, String actor, String comment,
            OffsetDateTime at) {
    }
}
