package cn.gov.baoji.portal.web.site;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;

/** Public facts of the request's site as JSON. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SiteApiResource {

    private final SitePages pages;
    private final SiteService site;

    SiteApiResource(SitePages pages, SiteService site) {
        this.pages = pages;
        this.site = site;
    }

    @GET
    @Path("site")
    public SiteView site() {
        return pages.currentSite();
    }

    @GET
    @Path("channels")
    public List<ChannelView> channels() {
        return site.visibleChannels();
    }
}
