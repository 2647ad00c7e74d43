package cn.gov.baoji.portal.admin.catalogue;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.catalogue.CatalogueNode;
import cn.gov.baoji.portal.core.catalogue.CountyCatalogue;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/** A county's view of the disclosure catalogue and its own local nodes. */
@Path("/api/admin/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class CatalogueAdminResource {

    private final CountyCatalogue catalogue;

    CatalogueAdminResource(CountyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** A local node to add. */
    public record LocalNodeInput(String code, String parentCode, String name) {
    }

    @GET
    @AccessRule(Role.CONTRIBUTOR)
    public List<CatalogueNode> nodes() {
        return catalogue.nodes();
    }

    @POST
    @Path("local-nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public CatalogueNode addLocal(LocalNodeInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return catalogue.addLocalNode(input.code(), input.parentCode(), input.name());
    }

    @DELETE
    @Path("local-nodes/{code}")
    @ResponseStatus(204)
    public void removeLocal(@PathParam("code") String code) {
        catalogue.removeLocalNode(code);
    }
}
