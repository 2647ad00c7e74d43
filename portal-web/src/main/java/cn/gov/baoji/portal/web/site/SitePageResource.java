package cn.gov.baoji.portal.web.site;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The public pages of a county site that are not about one feature: home page and site map. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class SitePageResource {

    private final SitePages pages;
    private final PageData data;

    SitePageResource(SitePages pages, PageData data) {
        this.pages = pages;
        this.data = data;
    }

    @GET
    public String home() {
        return pages.renderHome();
    }

    @GET
    @Path("sitemap")
    public String siteMap() {
        return pages.render("sitemap", data.sitemap());
    }
}
