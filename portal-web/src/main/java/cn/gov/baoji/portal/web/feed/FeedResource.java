package cn.gov.baoji.portal.web.feed;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import cn.gov.baoji.portal.core.content.PublishedArticle;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.site.SiteService.ChannelView;
import cn.gov.baoji.portal.core.tenant.SiteOrigins;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.web.content.PublicContent;

/** Machine-readable views of a county site: Atom feeds per channel, sitemap.xml, robots.txt. */
@Path("/")
public class FeedResource {

    private final PublicContent content;
    private final SiteService site;
    private final TenantContext tenant;
    private final SiteOrigins origins;

    FeedResource(PublicContent content, SiteService site, TenantContext tenant, SiteOrigins origins) {
        this.content = content;
        this.site = site;
        this.tenant = tenant;
        this.origins = origins;
    }

    @GET
    @Path("channels/{code}/feed.atom")
    @Produces("application/atom+xml;charset=UTF-8")
    public String atom(@PathParam("code") String code) {
        ChannelView channel = content.channel(code);
        TenantInfo t = tenant.require();
        String base = base();
        List<PublishedArticle> items = content.latestInChannel(channel, 30);
        OffsetDateTime updated = items.isEmpty() ? OffsetDateTime.now() : items.get(0).getUpdatedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n")
                .append("<title>").append(xml(t.siteName() + " - " + channel.name())).append("</title>\n")
                .append("<id>").append(xml(base + "/channels/" + channel.code())).append("</id>\n")
                .append("<link rel=\"self\" href=\"").append(xml(base + "/channels/" + channel.code() + "/feed.atom"))
                .append("\"/>\n<link href=\"").append(xml(base + "/channels/" + channel.code())).append("\"/>\n")
                .append("<updated>").append(iso(updated)).append("</updated>\n")
                .append("<author><name>").append(xml(t.siteName())).append("</name></author>\n");
        for (PublishedArticle a : items) {
            String link = base + "/articles/" + a.getArticleId();
            xml.append("<entry><title>").append(xml(a.getTitle())).append("</title><id>").append(xml(link))
                    .append("</id><link href=\"").append(xml(link)).append("\"/><published>")
                    .append(iso(a.getPublishedAt())).append("</published><updated>").append(iso(a.getUpdatedAt()))
                    .append("</updated><summary>").append(xml(a.getSummary() == null ? "" : a.getSummary()))
                    .append("</summary></entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml;charset=UTF-8")
    public String sitemap() {
        String base = base();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        url(xml, base + "/", null);
        url(xml, base + "/disclosure", null);
        url(xml, base + "/departments", null);
        for (String interaction : List.of("/messages", "/messages/stats", "/consultations", "/surveys", "/interviews")) {
            url(xml, base + interaction, null);
        }
        for (ChannelView c : site.visibleChannels()) {
            url(xml, base + "/channels/" + c.code(), null);
        }
        for (PublishedArticle a : content.latestAll(5000)) {
            url(xml, base + "/articles/" + a.getArticleId(), a.getUpdatedAt());
        }
        return xml.append("</urlset>\n").toString();
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain;charset=UTF-8")
    public String robots() {
        return "User-agent: *\nDisallow: /admin/\nDisallow: /api/admin/\nAllow: /\nSitemap: " + base() + "/sitemap.xml\n";
    }

    private static void url(StringBuilder xml, String loc, OffsetDateTime modified) {
        xml.append("<url><loc>").append(xml(loc)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.toLocalDate()).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /** Links point at the county's canonical domain, whichever of its hosts the request came for. */
    private String base() {
        return origins.of(tenant.require().code());
    }

    private static String iso(OffsetDateTime t) {
        return t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;").replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
