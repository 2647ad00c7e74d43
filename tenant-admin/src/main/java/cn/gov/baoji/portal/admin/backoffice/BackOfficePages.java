package cn.gov.baoji.portal.admin.backoffice;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.account.AccountService;
import cn.gov.baoji.portal.admin.account.AccountView;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The county back office's entry page, on the county's own host. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CONTRIBUTOR)
public class BackOfficePages {

    private final TenantContext tenant;
    private final Caller caller;
    private final AccountService accounts;

    BackOfficePages(TenantContext tenant, Caller caller, AccountService accounts) {
        this.tenant = tenant;
        this.caller = caller;
        this.accounts = accounts;
    }

    /** What the entry page shows. */
    public record Home(TenantInfo site, String userName, String roleLabel, String department, boolean webmaster,
            List<AccountView> contributors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Home home);
    }

    @GET
    @Path("/")
    public TemplateInstance home() {
        TenantInfo site = tenant.require();
        Role role = caller.bindings().highestRoleIn(site.code()).orElse(Role.CONTRIBUTOR);
        boolean webmaster = role.includes(Role.WEBMASTER);
        List<AccountView> contributors = webmaster
                ? accounts.search(null, site.code().value(), Role.CONTRIBUTOR.key(), 200)
                : List.of();
        return Templates.home(new Home(site, caller.displayName(), role.label(),
                caller.bindings().departmentIn(site.code()).orElse(null), webmaster, contributors));
    }
}
