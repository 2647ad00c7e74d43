package cn.gov.baoji.portal.admin.account;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/** All accounts of the platform, for the city e-government office. */
@Path("/api/console/accounts")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleAccountResource {

    private final AccountService accounts;

    ConsoleAccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<AccountView> search(@QueryParam("q") String query, @QueryParam("county") String county,
            @QueryParam("role") String role, @QueryParam("max") @DefaultValue("50") int max) {
        return accounts.search(query, county, role, max);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "Pragma", value = "no-cache")
    public AccountView.WithPassword create(AccountRequest request) {
        return accounts.create(required(request));
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") String id) {
        return accounts.get(id);
    }

    @POST
    @Path("{id}/disable")
    public AccountView disable(@PathParam("id") String id) {
        return accounts.setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    public AccountView enable(@PathParam("id") String id) {
        return accounts.setEnabled(id, true);
    }

    @POST
    @Path("{id}/password-reset")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "Pragma", value = "no-cache")
    public AccountView.WithPassword resetPassword(@PathParam("id") String id) {
        return accounts.resetPassword(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{id}/roles")
    public AccountView changeRoles(@PathParam("id") String id, AccountRequest.Bindings bindings) {
        return accounts.changeBindings(id, required(bindings).bindings());
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        return body;
    }
}
