package cn.gov.baoji.portal.admin.account;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/** A webmaster's own county's contributor (信息员) accounts. */
@Path("/api/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class CountyAccountResource {

    private final AccountService accounts;
    private final TenantContext tenant;

    CountyAccountResource(AccountService accounts, TenantContext tenant) {
        this.accounts = accounts;
        this.tenant = tenant;
    }

    @GET
    public List<AccountView> contributors() {
        return accounts.search(null, tenant.require().code().value(), Role.CONTRIBUTOR.key(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public AccountView.WithPassword createContributor(AccountRequest request) {
        return accounts.createContributor(tenant.require().code(), ConsoleAccountResource.required(request));
    }

    @POST
    @Path("{id}/disable")
    public AccountView disable(@PathParam("id") String id) {
        accounts.requireContributorOf(id, tenant.require().code());
        return accounts.setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    public AccountView enable(@PathParam("id") String id) {
        accounts.requireContributorOf(id, tenant.require().code());
        return accounts.setEnabled(id, true);
    }

    @POST
    @Path("{id}/password-reset")
    public AccountView.WithPassword resetPassword(@PathParam("id") String id) {
        accounts.requireContributorOf(id, tenant.require().code());
        return accounts.resetPassword(id);
    }
}
