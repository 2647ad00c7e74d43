package cn.gov.baoji.portal.admin.department;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.security.Role;

/** The county's departments and townships (部门、乡镇/街道). */
@Path("/api/admin/departments")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class DepartmentAdminResource {

    private final DepartmentService departments;

    DepartmentAdminResource(DepartmentService departments) {
        this.departments = departments;
    }

    /** A department as the back office shows it. */
    public record DepartmentView(long id, String code, String name, String kind, String intro, String orgCode,
            int sortOrder, boolean visible) {

        static DepartmentView of(Department d) {
            return new DepartmentView(d.getId(), d.getCode(), d.getName(), d.getKind().name(), d.getIntro(),
                    d.getOrgCode(), d.getSortOrder(), d.isVisible());
        }
    }

    @GET
    @AccessRule(Role.CONTRIBUTOR)
    public List<DepartmentView> list() {
        return departments.all().stream().map(DepartmentView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public DepartmentView create(DepartmentService.DepartmentInput input) {
        return DepartmentView.of(departments.create(input));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentView update(@PathParam("id") long id, DepartmentService.DepartmentInput input) {
        return DepartmentView.of(departments.update(id, input));
    }
}
