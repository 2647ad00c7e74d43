package cn.gov.baoji.portal.web.content;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.core.content.PublicArticles;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.web.content.PublicContent.NodeView;

/** The public open-data API of a county: published articles and the disclosure catalogue. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ContentApiResource {

    private final PublicContent content;

    ContentApiResource(PublicContent content) {
        this.content = content;
    }

    @GET
    @Path("articles")
    @Operation(summary = "Published articles of the host's county, newest first; optionally of one channel")
    public PublicContent.Listing articles(@QueryParam("channel") String channel,
            @QueryParam("page") String pageParam, @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, PublicArticles.MAX_PAGE_SIZE);
        if (channel == null || channel.isBlank()) {
            return content.allArticles(page, size);
        }
        return content.channelPage(content.channel(channel), page, size);
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One published article with its metadata and attachments")
    public ArticleDetail article(@PathParam("id") long id) {
        return content.article(id).orElseThrow(() -> new NotFoundException("文章不存在或已撤回。"));
    }

    @GET
    @Path("disclosure/catalogue")
    @Operation(summary = "The disclosure catalogue of the county: the city's nodes and its own")
    public List<NodeView> catalogue() {
        return content.catalogueTree();
    }

    @GET
    @Path("disclosure/items")
    @Operation(summary = "Disclosure items, filtered by catalogue node (with its children), department and topic")
    public PublicContent.Listing items(@QueryParam("node") String node, @QueryParam("department") String department,
            @QueryParam("topic") String topic, @QueryParam("page") String pageParam,
            @QueryParam("size") String sizeParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        int size = Paging.number(sizeParam, "size", 20, PublicArticles.MAX_PAGE_SIZE);
        return content.disclosure(node, department, topic, page, size);
    }
}
