package cn.gov.baoji.portal.web.content;

import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.gov.baoji.portal.core.content.PublishedArticle;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** An opened article, as its page and {@code GET /api/v1/articles/{id}} show it. */
public record ArticleDetail(
        long id,
        String title,
        String summary,
        String body,
        String publishedAt,
        String updatedAt,
        int revision,
        String channel,
        String channelName,
        String source,
        String departmentCode,
        long views,
        boolean disclosure,
        String indexNumber,
        String publisherOrg,
        String documentDate,
        String documentNumber,
        String topic,
        String catalogueNode,
        List<Attachment> attachments) {

    /** A downloadable file. */
    public record Attachment(long id, String fileName, String contentType, long sizeBytes, String url) {
    }

    static ArticleDetail of(PublishedArticle a, ChannelView channel, Department department, long views, String topicName,
            String nodeName, List<Attachment> attachments) {
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        return new ArticleDetail(a.getArticleId(), a.getTitle(), a.getSummary(), a.getBodyHtml(),
                a.getPublishedAt().atZoneSameInstant(ChinaTime.ZONE).format(minute),
                a.getUpdatedAt().atZoneSameInstant(ChinaTime.ZONE).format(minute), a.getRevisionNo(),
                channel.code(), channel.name(), department.getName(), department.getCode(), views, a.isDisclosure(),
                a.getIndexNumber(), a.getPublisherOrg(),
                a.getDocumentDate() == null ? null : a.getDocumentDate().toString(), a.getDocumentNumber(), topicName,
                nodeName, attachments);
    }
}
