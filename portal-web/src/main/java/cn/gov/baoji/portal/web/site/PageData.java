package cn.gov.baoji.portal.web.site;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.web.content.ArticleDetail;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.disclosure.DisclosurePageResource.Filter;
import cn.gov.baoji.portal.web.interaction.InteractionHub;

/**
 * What each public page gives its template, in one place for the pages themselves and for the
 * webmaster's trial renders of a look, so a template override is checked with the data it will meet.
 */
@ApplicationScoped
public class PageData {

    public static final int PAGE_SIZE = 20;
    private static final int HUB_ITEMS = 5;

    private final PublicContent content;
    private final InteractionHub interaction;

    PageData(PublicContent content, InteractionHub interaction) {
        this.content = content;
        this.interaction = interaction;
    }

    /** The 互动交流 column: its four parts with their newest entries, and the column's own articles. */
    public Map<String, Object> interaction(ChannelView channel, int page) {
        return Map.of("channel", channel, "sections", interaction.sections(HUB_ITEMS), "listing",
                content.channelPage(channel, page, PAGE_SIZE));
    }

    public Map<String, Object> channel(ChannelView channel, int page) {
        return Map.of("channel", channel, "listing", content.channelPage(channel, page, PAGE_SIZE));
    }

    public Map<String, Object> article(ArticleDetail article) {
        // The body was cleaned by the allow-list sanitizer when it was saved: the one HTML a page prints as is.
        return Map.of("article", article, "articleBody", new RawString(article.body()));
    }

    public Map<String, Object> disclosure(String node, String department, String topic, int page) {
        return Map.of("tree", content.catalogueTree(), "topics", content.topics(), "departments", content.departments(),
                "listing", content.disclosure(node, department, topic, page, PAGE_SIZE), "filter",
                Filter.of(node, department, topic));
    }

    public Map<String, Object> departments() {
        return Map.of("departments", content.departments());
    }

    public Map<String, Object> department(Department department, int page) {
        return Map.of("department", PublicContent.DepartmentCard.of(department), "listing",
                content.departmentPage(department, page, PAGE_SIZE));
    }

    public Map<String, Object> sitemap() {
        return Map.of("tree", content.catalogueTree(), "departments", content.departments());
    }
}
