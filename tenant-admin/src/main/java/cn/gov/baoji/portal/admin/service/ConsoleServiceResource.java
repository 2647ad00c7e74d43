package cn.gov.baoji.portal.admin.service;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.service.CatalogueInput;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceRelease;

/** The city's service catalogue as JSON, for the city office's scripts (e.g. loading a provincial list at once). */
@Path("/api/console/services")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleServiceResource {

    private final ServiceCatalogue catalogue;
    private final Caller caller;

    ConsoleServiceResource(ServiceCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** A new version: every life event and item, each in display order. */
    public record ReleaseRequest(String note, List<CatalogueInput.EventInput> events, List<CatalogueInput.ItemInput> items) {
    }

    @GET
    @Operation(summary = "The current release of the service catalogue: life events and items")
    public ServiceRelease current() {
        return catalogue.current();
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @Operation(summary = "Releases a whole new version to every county at once")
    public ServiceRelease release(ReleaseRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        if (request.note() == null || request.note().isBlank()) {
            throw new InvalidInputException("note", "请填写发布说明（不超过 200 个字）");
        }
        return catalogue.release(new CatalogueInput(request.events(), request.items()), request.note(),
                caller.displayName());
    }
}
