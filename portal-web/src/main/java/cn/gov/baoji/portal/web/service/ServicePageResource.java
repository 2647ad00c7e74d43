package cn.gov.baoji.portal.web.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;

/** 办事服务 pages of the request's county: browsing, a guide, its forms, and the channel page. */
@Path("/")
public class ServicePageResource {

    /** The channel every county starts with for services (SiteDefaults). */
    static final String CHANNEL = "bsfw";

    private final PublicServices services;
    private final ServicePageData data;
    private final PublicContent content;
    private final SitePages pages;

    ServicePageResource(PublicServices services, ServicePageData data, PublicContent content, SitePages pages) {
        this.services = services;
        this.data = data;
        this.content = content;
        this.pages = pages;
    }

    @GET
    @Path("services")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String browse(@QueryParam("event") String event, @QueryParam("audience") String audience,
            @QueryParam("department") String department, @QueryParam("q") String q, @QueryParam("page") String page) {
        int number = Paging.number(page, "page", 1, 10_000);
        return pages.render("services", data.browse(services.filter(event, audience, department, q), number));
    }

    @GET
    @Path("services/{code}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String guide(@PathParam("code") String code) {
        ServiceGuideDetail guide = services.guide(code);
        services.countView(code);
        return pages.render("service", data.guide(guide));
    }

    @GET
    @Path("services/{code}/forms/{id}")
    public Response form(@PathParam("code") String code, @PathParam("id") long id) {
        ServiceGuides.FormFile file = services.form(code, id);
        String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                // A form taken down must not linger in shared caches.
                .header("Cache-Control", "private, no-cache").build();
    }

    /** The 办事服务 channel: popular items and life events above the channel's own notices. */
    @GET
    @Path("channels/" + CHANNEL)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String channel(@QueryParam("page") String page) {
        int number = Paging.number(page, "page", 1, 10_000);
        return pages.render("service-channel", data.channel(content.channel(CHANNEL), number));
    }
}
