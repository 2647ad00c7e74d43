package cn.gov.baoji.portal.web.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.qute.RawString;

import cn.gov.baoji.portal.admin.look.LookPreviewer;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.disclosure.DisclosurePageResource;

/** Pages of the request's county with a look that is not published. */
@RequestScoped
public class SiteLookPreviewer implements LookPreviewer {

    private final SitePages pages;
    private final PublicContent content;

    SiteLookPreviewer(SitePages pages, PublicContent content) {
        this.pages = pages;
        this.content = content;
    }

    @Override
    public String previewHome(LookSettings look) {
        return pages.renderHome(look, LookLinks.PREVIEW);
    }

    /**
     * One page of every kind with the county's real data: the home page, a channel, the newest
     * article, the disclosure catalogue, the departments, one department and the site map.
     */
    @Override
    public List<String> previewEveryKindOfPage(LookSettings look) {
        List<String> rendered = new ArrayList<>();
        rendered.add(previewHome(look));
        List<ChannelView> channels = pages.currentSite().channels();
        if (!channels.isEmpty()) {
            ChannelView channel = channels.get(0);
            rendered.add(render("channel", Map.of("channel", channel, "listing", content.channelPage(channel, 1, 20)), look));
        }
        content.latestAll(1).stream().findFirst().flatMap(a -> content.article(a.getArticleId())).ifPresent(article -> rendered
                .add(render("article", Map.of("article", article, "articleBody", new RawString(article.body())), look)));
        rendered.add(render("disclosure", Map.of("tree", content.catalogueTree(), "topics", content.topics(), "departments",
                content.departments(), "listing", content.disclosure(null, null, null, 1, 20), "filter",
                DisclosurePageResource.Filter.of(null, null, null)), look));
        rendered.add(render("departments", Map.of("departments", content.departments()), look));
        content.departments().stream().findFirst().ifPresent(d -> rendered.add(render("department",
                Map.of("department", d, "listing", content.departmentPage(content.department(d.code()), 1, 20)), look)));
        rendered.add(render("sitemap", Map.of("tree", content.catalogueTree(), "departments", content.departments()), look));
        return rendered;
    }

    private String render(String template, Map<String, Object> data, LookSettings look) {
        return pages.render(template, data, look, LookLinks.PREVIEW);
    }
}
