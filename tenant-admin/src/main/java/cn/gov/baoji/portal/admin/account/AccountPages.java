package cn.gov.baoji.portal.admin.account;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.ArticleQuery;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The webmaster's account pages (账号管理): list, create, disable, enable, reset the password and
 * change the department of the county's contributors and reviewers. The rules are {@link CountyAccounts}'.
 * One-time passwords appear only in the answer to the POST that made them, never cached.
 */
@Path("/admin/accounts")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class AccountPages {

    private static final Map<String, String> NOTICES = Map.of(
            "disabled", "账号已停用，该用户不能再登录。",
            "enabled", "账号已启用。",
            "department", "所属部门已修改，该用户下次登录后生效。");

    private final CountyAccounts accounts;
    private final TenantContext tenant;
    private final Caller caller;

    AccountPages(CountyAccounts accounts, TenantContext tenant, Caller caller) {
        this.accounts = accounts;
        this.tenant = tenant;
        this.caller = caller;
    }

    /** The list page: filter as asked, one page of accounts, the choices of the filter. */
    public record ListPage(CountyAccounts.Filter filter, CountyAccounts.Page result, List<Department> departments,
            List<CountyRole> roles) {

        public String prevLink() {
            return result.page() > 1 ? link(result.page() - 1) : null;
        }

        public String nextLink() {
            return result.page() < result.pages() ? link(result.page() + 1) : null;
        }

        private String link(int page) {
            return "/admin/accounts/?q=" + encode(filter.query()) + "&role=" + encode(filter.role()) + "&department="
                    + encode(filter.department()) + "&state=" + encode(filter.state()) + "&page=" + page;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** The new-account form, as typed; {@code unknownDepartment} is a typed code that is not this county's. */
    public record FormPage(AccountForm.Typed form, List<Department> departments, List<CountyRole> roles,
            String unknownDepartment, String error, String errorField) {
    }

    /** One account with its actions. */
    public record AccountPage(CountyAccount account, List<Department> departments, String typedDepartment,
            String unknownDepartment, String notice, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(TenantInfo site, String userName, ListPage page);

        static native TemplateInstance form(TenantInfo site, String userName, FormPage page);

        static native TemplateInstance account(TenantInfo site, String userName, AccountPage page);

        static native TemplateInstance confirm(TenantInfo site, String userName, CountyAccount account, boolean reset);

        static native TemplateInstance password(TenantInfo site, String userName, AccountView.WithPassword result,
                boolean created);
    }

    @GET
    @Path("/")
    public TemplateInstance list(@QueryParam("q") String query, @QueryParam("role") String role,
            @QueryParam("department") String department, @QueryParam("state") String state,
            @QueryParam("page") String page) {
        // Parsed here, not by JAX-RS: a bad number must get the 400 page naming it, as the article list does.
        CountyAccounts.Filter filter = new CountyAccounts.Filter(text(query), text(role), text(department), text(state),
                ArticleQuery.page(page));
        return Templates.list(tenant.require(), caller.displayName(),
                new ListPage(filter, accounts.list(filter), accounts.departments(), List.of(CountyRole.values())));
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        return formPage(AccountForm.blank(), null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam AccountForm form) {
        try {
            AccountView.WithPassword created = accounts.create(form.toNewAccount());
            return oneTimePassword(201, Templates.password(tenant.require(), caller.displayName(), created, true));
        } catch (PortalException e) {
            return Response.status(e.status()).entity(formPage(form, e)).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance account(@PathParam("id") String id, @QueryParam("done") String done) {
        return accountPage(accounts.get(id), null, done == null ? null : NOTICES.get(done), null);
    }

    @POST
    @Path("{id}/department")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeDepartment(@PathParam("id") String id, @RestForm String department) {
        try {
            accounts.changeDepartment(id, department);
            return done(id, "department");
        } catch (InvalidInputException e) {
            return Response.status(e.status()).entity(accountPage(accounts.get(id), text(department), null,
                    e.getMessage())).build();
        }
    }

    /** Asks before disabling; the form on this page does it. */
    @GET
    @Path("{id}/disable")
    public TemplateInstance confirmDisable(@PathParam("id") String id) {
        return Templates.confirm(tenant.require(), caller.displayName(), accounts.get(id), false);
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@PathParam("id") String id) {
        accounts.setEnabled(id, false);
        return done(id, "disabled");
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") String id) {
        accounts.setEnabled(id, true);
        return done(id, "enabled");
    }

    /** Asks before resetting; the form on this page does it. */
    @GET
    @Path("{id}/password-reset")
    public TemplateInstance confirmReset(@PathParam("id") String id) {
        return Templates.confirm(tenant.require(), caller.displayName(), accounts.get(id), true);
    }

    @POST
    @Path("{id}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") String id) {
        return oneTimePassword(200, Templates.password(tenant.require(), caller.displayName(),
                accounts.resetPassword(id), false));
    }

    /** The page with the one-time password: shown once, kept by no cache and no history snapshot. */
    private static Response oneTimePassword(int status, TemplateInstance page) {
        return OneTimePasswordPages.uncached(Response.status(status).entity(page)).build();
    }

    private static Response done(String id, String what) {
        return Response.seeOther(URI.create("/admin/accounts/" + id + "?done=" + what)).build();
    }

    private TemplateInstance formPage(AccountForm form, PortalException error) {
        List<Department> departments = accounts.departments();
        AccountForm.Typed typed = form.typed();
        String field = error instanceof InvalidInputException invalid ? invalid.field()
                : error instanceof ConflictException ? "username" : null;
        return Templates.form(tenant.require(), caller.displayName(), new FormPage(typed, departments,
                List.of(CountyRole.values()), unknown(typed.department(), departments),
                error == null ? null : error.getMessage(), field));
    }

    private TemplateInstance accountPage(CountyAccount account, String typedDepartment, String notice, String error) {
        List<Department> departments = accounts.departments();
        String shown = typedDepartment != null ? typedDepartment : account.department() == null ? "" : account.department();
        return Templates.account(tenant.require(), caller.displayName(), new AccountPage(account, departments, shown,
                unknown(shown, departments), notice, error));
    }

    /** A typed department code that is none of the choices, to show it again with the refusal. */
    private static String unknown(String code, List<Department> departments) {
        if (code == null || code.isEmpty() || departments.stream().anyMatch(d -> d.getCode().equals(code))) {
            return null;
        }
        return code;
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
