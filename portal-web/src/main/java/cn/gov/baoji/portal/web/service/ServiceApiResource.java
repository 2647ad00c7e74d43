package cn.gov.baoji.portal.web.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.gov.baoji.portal.web.site.Paging;

/** The county's public service items and guides as open data. */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceApiResource {

    private final PublicServices services;

    ServiceApiResource(PublicServices services) {
        this.services = services;
    }

    @GET
    @Operation(summary = "Service items of the host's county with a published guide, in catalogue order, filtered by "
            + "life event, audience (PERSONAL or CORPORATE), responsible department and words in the name")
    public ServiceListing list(@Parameter(description = "Life event code, e.g. syxy") @QueryParam("event") String event,
            @Parameter(description = "PERSONAL (个人办事) or CORPORATE (法人办事)") @QueryParam("audience") String audience,
            @Parameter(description = "Department code") @QueryParam("department") String department,
            @Parameter(description = "Words in the item name, at most 40 characters") @QueryParam("q") String q,
            @QueryParam("page") String page, @Parameter(description = "1 to 50, default 20") @QueryParam("size") String size) {
        int number = Paging.number(page, "page", 1, 10_000);
        int perPage = Paging.number(size, "size", 20, PublicServices.MAX_SIZE);
        return services.list(services.filter(event, audience, department, q), number, perPage);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One item's published guide: the eight required elements, fees, time limit, department, "
            + "window, forms, and whether online application is open")
    public ServiceGuideDetail guide(@PathParam("code") String code) {
        return services.guide(code);
    }
}
