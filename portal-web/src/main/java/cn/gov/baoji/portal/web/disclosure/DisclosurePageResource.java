package cn.gov.baoji.portal.web.disclosure;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.site.PageData;
import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.web.site.SitePages;

/** The disclosure catalogue (政府信息公开目录) and the department and township sub-pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DisclosurePageResource {

    private final PublicContent content;
    private final SitePages pages;
    private final PageData data;

    DisclosurePageResource(PublicContent content, SitePages pages, PageData data) {
        this.content = content;
        this.pages = pages;
        this.data = data;
    }

    @GET
    @Path("disclosure")
    public String disclosure(@QueryParam("node") String node, @QueryParam("department") String department,
            @QueryParam("topic") String topic, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        return pages.render("disclosure", data.disclosure(node, department, topic, page));
    }

    /**
     * The chosen filters, echoed into links.
     *
     * @param query the filters as the start of a query string, for the pager's links
     */
    public record Filter(String node, String department, String topic, String query) {

        public static Filter of(String node, String department, String topic) {
            String n = node == null ? "" : node;
            String d = department == null ? "" : department;
            String t = topic == null ? "" : topic;
            return new Filter(n, d, t, "node=" + encode(n) + "&department=" + encode(d) + "&topic=" + encode(t) + "&");
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @GET
    @Path("departments")
    public String departments() {
        return pages.render("departments", data.departments());
    }

    @GET
    @Path("departments/{code}")
    public String department(@PathParam("code") String code, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        return pages.render("department", data.department(content.department(code), page));
    }
}
