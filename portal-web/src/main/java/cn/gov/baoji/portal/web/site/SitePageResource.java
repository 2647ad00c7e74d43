package cn.gov.baoji.portal.web.site;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.web.content.PublicContent;

/** The public pages of a county site that are not about one feature: home page and site map. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SitePageResource {

    private final SitePages pages;
    private final PublicContent content;

    SitePageResource(SitePages pages, PublicContent content) {
        this.pages = pages;
        this.content = content;
    }

    @GET
    public String home() {
        return pages.renderHome();
    }

    @GET
    @Path("sitemap")
    public String siteMap() {
        return pages.render("sitemap", Map.of("tree", content.catalogueTree(), "departments", content.departments()));
    }
}
