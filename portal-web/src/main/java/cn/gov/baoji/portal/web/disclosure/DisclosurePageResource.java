package cn.gov.baoji.portal.web.disclosure;

import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.web.site.Paging;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.web.content.PublicContent;
import cn.gov.baoji.portal.web.site.SitePages;

/** The disclosure catalogue (政府信息公开目录) and the department and township sub-pages. */
@Path("/")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class DisclosurePageResource {

    private final PublicContent content;
    private final SitePages pages;

    DisclosurePageResource(PublicContent content, SitePages pages) {
        this.content = content;
        this.pages = pages;
    }

    @GET
    @Path("disclosure")
    public String disclosure(@QueryParam("node") String node, @QueryParam("department") String department,
            @QueryParam("topic") String topic, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        Map<String, Object> data = new HashMap<>();
        data.put("tree", content.catalogueTree());
        data.put("topics", content.topics());
        data.put("departments", content.departments());
        data.put("listing", content.disclosure(node, department, topic, page, 20));
        data.put("filter", Filter.of(node, department, topic));
        return pages.render("disclosure", data);
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
        return pages.render("departments", Map.of("departments", content.departments()));
    }

    @GET
    @Path("departments/{code}")
    public String department(@PathParam("code") String code, @QueryParam("page") String pageParam) {
        int page = Paging.number(pageParam, "page", 1, 10_000);
        Department department = content.department(code);
        return pages.render("department", Map.of("department", PublicContent.DepartmentCard.of(department),
                "listing", content.departmentPage(department, page, 20)));
    }
}
