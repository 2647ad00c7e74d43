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
        data.put("filter", new Filter(node == null ? "" : node, department == null ? "" : department,
                topic == null ? "" : topic));
        return pages.render("disclosure", data);
    }

    /** The chosen filters, echoed into links. */
    public record Filter(String node, String department, String topic) {
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
        return pages.render("department", Map.of("department", department,
                "listing", content.departmentPage(department, page, 20)));
    }
}
