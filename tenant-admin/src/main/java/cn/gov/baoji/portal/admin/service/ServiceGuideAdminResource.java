package cn.gov.baoji.portal.admin.service;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.service.GuideInput;
import cn.gov.baoji.portal.core.service.GuideView;
import cn.gov.baoji.portal.core.service.ServiceGuides;

/**
 * The county's service guides (办事指南) as JSON: the items it offers with their guides, writing,
 * publishing (only when complete) and forms. {@code version} is the guide version the client read;
 * a change based on an older one is refused (409).
 */
@Path("/api/admin/services")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.EDITOR)
public class ServiceGuideAdminResource {

    private final ServiceGuides guides;
    private final Caller caller;

    ServiceGuideAdminResource(ServiceGuides guides, Caller caller) {
        this.guides = guides;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every item the county offers with its guide; incomplete=true: only guides that lack an element")
    public List<GuideView> list(@QueryParam("incomplete") String incomplete) {
        if (incomplete != null && !incomplete.isBlank() && !"true".equals(incomplete) && !"false".equals(incomplete)) {
            throw new InvalidInputException("incomplete", "incomplete 只能是 true 或 false");
        }
        return "true".equals(incomplete) ? guides.incomplete(caller.actor()) : guides.overview(caller.actor());
    }

    @GET
    @Path("{item}")
    @Operation(summary = "One item's guide, with what it still lacks and its forms")
    public GuideView get(@PathParam("item") String item) {
        return guides.guide(caller.actor(), item);
    }

    @PUT
    @Path("{item}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Writes the guide's county fields (starting it if needed); a published guide must stay complete")
    public GuideView save(@PathParam("item") String item, @QueryParam("version") String version, GuideInput input) {
        return guides.save(caller.actor(), item, input, version == null ? null : GuideVersions.parse(version));
    }

    @POST
    @Path("{item}/publish")
    @Operation(summary = "Publishes a complete guide; refused (400) naming the missing elements otherwise")
    public GuideView publish(@PathParam("item") String item, @QueryParam("version") String version) {
        return guides.publish(caller.actor(), item, version == null ? null : GuideVersions.parse(version));
    }

    @POST
    @Path("{item}/unpublish")
    @Operation(summary = "Takes the guide off the public pages")
    public GuideView unpublish(@PathParam("item") String item, @QueryParam("version") String version) {
        return guides.unpublish(caller.actor(), item, version == null ? null : GuideVersions.parse(version));
    }

    /**
     * Uploads one form as the raw request body, its file name in {@code ?name=}, {@code kind} BLANK
     * (空白表格) or SAMPLE (示例样表), an optional {@code title}.
     */
    @POST
    @Path("{item}/forms")
    @Consumes(MediaType.WILDCARD)
    @ResponseStatus(201)
    @Operation(summary = "Adds a blank or sample form (PDF, DOC/DOCX, XLS/XLSX, checked by content)")
    public GuideView.FormView addForm(@PathParam("item") String item, @QueryParam("name") String name,
            @QueryParam("kind") String kind, @QueryParam("title") String title, byte[] body) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "请在 name 参数中给出文件名");
        }
        return guides.addForm(caller.actor(), item, kind == null ? "BLANK" : kind, title, name,
                body == null ? new byte[0] : body);
    }

    @DELETE
    @Path("{item}/forms/{form}")
    @Operation(summary = "Removes a form")
    public void removeForm(@PathParam("item") String item, @PathParam("form") long form) {
        guides.removeForm(caller.actor(), item, form);
    }
}
