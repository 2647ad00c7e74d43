package cn.gov.baoji.portal.core.content;

/**
 * An article as its author writes it. Disclosure fields matter only when {@code disclosure} is true.
 *
 * @param channel channel code
 * @param department department code; contributors always write for their own department
 * @param documentDate 成文日期, ISO date
 */
public record ArticleInput(
        String channel,
        String department,
        String title,
        String summary,
        String body,
        Long coverAttachmentId,
        Boolean disclosure,
        String publisherOrg,
        String documentDate,
        String documentNumber,
        String topic,
        String catalogueNode) {
}
