package cn.gov.baoji.portal.admin.account;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.security.Role;

/**
 * A webmaster's own county's accounts (信息员, 部门审核员, 审核员); the rules are {@link CountyAccounts}',
 * shared with the back-office pages. Accounts created here are contributors.
 */
@Path("/api/admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class CountyAccountResource {

    private final CountyAccounts accounts;

    CountyAccountResource(CountyAccounts accounts) {
        this.accounts = accounts;
    }

    /** Every matching account; {@code role} is contributor (the default), reviewer, editor or {@code all}. */
    @GET
    public List<CountyAccount> list(@QueryParam("q") String query, @QueryParam("role") String role,
            @QueryParam("department") String department, @QueryParam("state") String state) {
        String wanted = role == null || role.isBlank() ? CountyRole.CONTRIBUTOR.key() : "all".equals(role) ? null : role;
        return accounts.search(new CountyAccounts.Filter(query, wanted, department, state, 1));
    }

    /** County and role in the body are ignored: the account is a contributor of this county. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "Pragma", value = "no-cache")
    public AccountView.WithPassword createContributor(AccountRequest request) {
        AccountRequest body = ConsoleAccountResource.required(request);
        return accounts.create(new CountyAccounts.NewAccount(body.username(), body.name(), body.phone(), body.email(),
                CountyRole.CONTRIBUTOR.key(), body.department()));
    }

    @POST
    @Path("{id}/disable")
    public CountyAccount disable(@PathParam("id") String id) {
        return accounts.setEnabled(id, false);
    }

    @POST
    @Path("{id}/enable")
    public CountyAccount enable(@PathParam("id") String id) {
        return accounts.setEnabled(id, true);
    }

    @POST
    @Path("{id}/password-reset")
    @ResponseHeader(name = "Cache-Control", value = "no-store")
    @ResponseHeader(name = "Pragma", value = "no-cache")
    public AccountView.WithPassword resetPassword(@PathParam("id") String id) {
        return accounts.resetPassword(id);
    }
}
