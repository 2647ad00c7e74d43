package cn.gov.baoji.portal.admin.catalogue;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.catalogue.CatalogueRelease;
import cn.gov.baoji.portal.core.catalogue.CatalogueService;
import cn.gov.baoji.portal.core.catalogue.TopicCategory;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/** The city's disclosure catalogue: the current release, and releasing a new version. */
@Path("/api/console/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleCatalogueResource {

    private final CatalogueService catalogue;
    private final Caller caller;

    ConsoleCatalogueResource(CatalogueService catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    /** A new version: the whole tree, in display order. */
    public record ReleaseRequest(String note, List<CatalogueService.NodeInput> nodes) {
    }

    @GET
    public CatalogueRelease current() {
        return catalogue.current();
    }

    @POST
    @Path("releases")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public CatalogueRelease release(ReleaseRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return catalogue.release(request.nodes(), request.note(), caller.displayName());
    }

    @GET
    @Path("topics")
    public List<TopicCategory> topics() {
        return catalogue.topics();
    }

    /** Replaces the shared topic categories (主题分类), in the order given. */
    @PUT
    @Path("topics")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<TopicCategory> replaceTopics(List<TopicCategory> topics) {
        return catalogue.replaceTopics(topics);
    }
}
