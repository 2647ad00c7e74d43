package cn.gov.baoji.portal.web.content;

import java.time.format.DateTimeFormatter;

import cn.gov.baoji.portal.core.content.PublishedArticle;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** An article in a list: what pages and the API show before it is opened. */
public record ArticleSummary(long id, String title, String summary, String date, String url, boolean disclosure,
        String indexNumber, String documentNumber) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public static ArticleSummary of(PublishedArticle a) {
        return new ArticleSummary(a.getArticleId(), a.getTitle(), a.getSummary(),
                a.getPublishedAt().atZoneSameInstant(ChinaTime.ZONE).format(DAY), "/articles/" + a.getArticleId(), a.isDisclosure(),
                a.getIndexNumber(), a.getDocumentNumber());
    }
}
