package cn.gov.baoji.portal.admin.console;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.account.AccountRequest;
import cn.gov.baoji.portal.admin.account.AccountService;
import cn.gov.baoji.portal.admin.account.AccountView;
import cn.gov.baoji.portal.admin.account.OneTimePasswordPages;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.site.SiteLook;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.themes.Theme;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The city console's pages (console host only): every county at a glance, themes, account management. */
@Path("/console")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsolePages {

    private final TenantDirectory directory;
    private final AccountService accounts;
    private final Caller caller;
    private final TenantStore store;
    private final ThemeCatalog themeCatalog;
    private final TenantScope scope;
    private final SiteService site;
    private final LookStore looks;
    private final CountyOverview overview;

    ConsolePages(TenantDirectory directory, AccountService accounts, Caller caller, TenantStore store,
            ThemeCatalog themeCatalog, TenantScope scope, SiteService site, LookStore looks, CountyOverview overview) {
        this.looks = looks;
        this.overview = overview;
        this.directory = directory;
        this.accounts = accounts;
        this.caller = caller;
        this.store = store;
        this.themeCatalog = themeCatalog;
        this.scope = scope;
        this.site = site;
    }

    /** What the accounts page shows: the search, its results, the creation form and any error. */
    public record AccountsPage(String query, String county, String role, List<AccountView> accounts,
            List<TenantInfo> counties, String error, AccountRequest form) {
    }

    /** One county's look, for the side-by-side overview. */
    public record ThemeCard(String siteName, String themeLabel, String primary, String secondary, String url) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String userName, List<CountyOverview.Row> counties, Integer redFlagTotal);

        static native TemplateInstance themes(String userName, List<ThemeCard> cards);

        static native TemplateInstance accounts(String userName, AccountsPage page);

        static native TemplateInstance password(String userName, AccountView.WithPassword result, String action);
    }

    @GET
    @Path("/")
    public TemplateInstance dashboard(@Context UriInfo uri) {
        List<CountyOverview.Row> rows = overview.rows(uri.getRequestUri().getPort());
        return Templates.dashboard(caller.displayName(), rows, rows.stream().mapToInt(r -> r.redFlags().size()).sum());
    }

    /** All counties' themes and colours side by side, each linking to its live site. */
    @GET
    @Path("themes")
    public TemplateInstance themes(@Context UriInfo uri) {
        List<ThemeCard> cards = store.findAll().stream().filter(r -> r.tenant().isServed()).map(r -> {
            TenantInfo t = r.tenant();
            // The published look where the webmaster has one, else the theme and colours as provisioned.
            LookSettings published = scope.call(t.code(), () -> looks.published().map(LookStore.Saved::settings).orElse(null));
            Theme theme = themeCatalog.findOrBase(published != null ? published.theme() : t.theme());
            SiteLook look = published != null ? published.colours() : scope.call(t.code(), site::look);
            String primary = look.primaryColor() != null ? look.primaryColor() : theme.variables().get("color.primary");
            String secondary = look.secondaryColor() != null ? look.secondaryColor()
                    : theme.variables().get("color.secondary");
            String host = r.domains().stream().filter(d -> d.endsWith(".localhost")).findFirst()
                    .orElse(r.domains().isEmpty() ? "" : r.domains().get(0));
            // Local hosts answer on the console's own port; real domains on HTTPS.
            int port = uri.getRequestUri().getPort();
            String url = host.endsWith(".localhost") ? "http://" + host + (port > 0 ? ":" + port : "") + "/"
                    : "https://" + host + "/";
            return new ThemeCard(t.siteName(), theme.label() + "（" + theme.name() + "）", primary, secondary, url);
        }).toList();
        return Templates.themes(caller.displayName(), cards);
    }

    @GET
    @Path("accounts")
    public Response accounts(@QueryParam("q") String query, @QueryParam("county") String county,
            @QueryParam("role") String role) {
        try {
            List<AccountView> found = accounts.search(query, county, role, 100);
            return page(200, new AccountsPage(query, county, role, found, counties(), null, null));
        } catch (PortalException e) {
            return page(e.status(), new AccountsPage(query, county, role, List.of(), counties(), e.getMessage(), null));
        }
    }

    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String name, @RestForm String phone,
            @RestForm String email, @RestForm String county, @RestForm String role, @RestForm String department) {
        AccountRequest form = new AccountRequest(username, name, phone, email, county, role, department);
        try {
            AccountView.WithPassword created = accounts.create(form);
            return OneTimePasswordPages.uncached(Response.status(201)
                    .entity(Templates.password(caller.displayName(), created, "账号已创建"))).build();
        } catch (PortalException e) {
            return page(e.status(), new AccountsPage(null, null, null, List.of(), counties(), e.getMessage(), form));
        }
    }

    @POST
    @Path("accounts/{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setEnabled(@PathParam("id") String id, @RestForm boolean enabled) {
        accounts.setEnabled(id, enabled);
        return Response.seeOther(URI.create("/console/accounts")).build();
    }

    @POST
    @Path("accounts/{id}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resetPassword(@PathParam("id") String id) {
        return OneTimePasswordPages.uncached(Response.ok(
                Templates.password(caller.displayName(), accounts.resetPassword(id), "密码已重置"))).build();
    }

    private Response page(int status, AccountsPage page) {
        return Response.status(status).entity(Templates.accounts(caller.displayName(), page)).build();
    }

    private List<TenantInfo> counties() {
        return List.copyOf(directory.all());
    }
}
