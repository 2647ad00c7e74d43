package cn.gov.baoji.portal.web.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.stats.PageViewTarget;
import cn.gov.baoji.portal.web.interaction.InteractionHub;
import cn.gov.baoji.portal.web.site.PageData;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;
import cn.gov.baoji.portal.web.stats.PageViews;

/** Channel lists, article pages and attachment downloads of the request's county. */
@Path("/")
public class ArticlePageResource {

    private final PublicContent content;
    private final SitePages pages;
    private final PageData data;
    private final PageViews views;

    ArticlePageResource(PublicContent content, SitePages pages, PageData data, PageViews views) {
        this.content = content;
        this.pages = pages;
        this.data = data;
        this.views = views;
    }

    @GET
    @Path("channels/{code}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String channel(@PathParam("code") String code, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        ChannelView channel = content.channel(code);
        if (InteractionHub.CHANNEL.equals(channel.code())) {
            return pages.render("interaction", data.interaction(channel, page));
        }
        return pages.render("channel", data.channel(channel, page));
    }

    @GET
    @Path("articles/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String article(@PathParam("id") long id) {
        ArticleDetail article = content.article(id).orElseThrow(() -> new NotFoundException("文章不存在或已撤回。"));
        content.countView(id);
        views.attribute(PageViewTarget.article(article.channel(), id));
        return pages.render("article", data.article(article));
    }

    @GET
    @Path("attachments/{id}/{name}")
    public Response attachment(@PathParam("id") long id, @PathParam("name") String name) {
        PublicArticles.Download file = content.download(id).orElseThrow(() -> new NotFoundException("附件不存在。"));
        String encoded = URLEncoder.encode(file.attachment().getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        String disposition = file.attachment().isImage() ? "inline" : "attachment";
        return Response.ok(file.bytes(), file.attachment().getContentType())
                .header("Content-Disposition", disposition + "; filename*=UTF-8''" + encoded)
                // Withdrawn files must not linger in shared caches.
                .header("Cache-Control", "private, no-cache")
                .build();
    }
}
