package cn.gov.baoji.portal.admin.channel;

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
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.ChannelService;

/** The county's channels (栏目): tree, order, visibility, update frequency, review levels. */
@Path("/api/admin/channels")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class ChannelAdminResource {

    private final ChannelService channels;

    ChannelAdminResource(ChannelService channels) {
        this.channels = channels;
    }

    @GET
    @AccessRule(Role.CONTRIBUTOR)
    public List<ChannelService.ChannelDetails> list() {
        return channels.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public ChannelService.ChannelDetails create(ChannelService.ChannelInput input) {
        return channels.create(input);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChannelService.ChannelDetails update(@PathParam("id") long id, ChannelService.ChannelInput input) {
        return channels.update(id, input);
    }
}
