package cn.gov.baoji.portal.admin.site;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.ChannelService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The webmaster's pages for the county's channels (栏目) and departments and townships. */
@Path("/admin/site")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class SiteAdminPages {

    private final ChannelService channels;
    private final DepartmentService departments;
    private final TenantContext tenant;
    private final Caller caller;

    SiteAdminPages(ChannelService channels, DepartmentService departments, TenantContext tenant, Caller caller) {
        this.channels = channels;
        this.departments = departments;
        this.tenant = tenant;
        this.caller = caller;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance manage(TenantInfo site, String userName, List<ChannelService.ChannelDetails> channels,
                List<Department> departments, String error);
    }

    @GET
    @Path("/")
    public TemplateInstance manage() {
        return page(null);
    }

    @POST
    @Path("channels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createChannel(@RestForm String code, @RestForm String name, @RestForm Integer sortOrder,
            @RestForm Integer updateEveryDays, @RestForm Integer reviewLevels) {
        return afterward(() -> channels.create(new ChannelService.ChannelInput(code, name, null, sortOrder, true,
                updateEveryDays, reviewLevels)));
    }

    @POST
    @Path("channels/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateChannel(@PathParam("id") long id, @RestForm String name, @RestForm Integer sortOrder,
            @RestForm boolean visible, @RestForm Integer updateEveryDays, @RestForm Integer reviewLevels) {
        return afterward(() -> channels.update(id, new ChannelService.ChannelInput(null, name, null, sortOrder, visible,
                updateEveryDays, reviewLevels)));
    }

    @POST
    @Path("departments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDepartment(@RestForm String code, @RestForm String name, @RestForm String kind,
            @RestForm String intro) {
        return afterward(() -> departments.create(new DepartmentService.DepartmentInput(code, name, kind, intro, null, null,
                true)));
    }

    private interface Change {
        Object run();
    }

    private Response afterward(Change change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/admin/site/")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(page(e.getMessage())).build();
        }
    }

    private TemplateInstance page(String error) {
        return Templates.manage(tenant.require(), caller.displayName(), channels.all(), departments.all(), error);
    }
}
