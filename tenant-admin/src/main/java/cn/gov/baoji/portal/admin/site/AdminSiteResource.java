package cn.gov.baoji.portal.admin.site;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.site.SiteService;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/** The back office's view of its own site: what every role of the county may read. */
@Path("/api/admin/site")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CONTRIBUTOR)
public class AdminSiteResource {

    private final TenantContext tenant;
    private final SiteService site;
    private final Caller caller;

    AdminSiteResource(TenantContext tenant, SiteService site, Caller caller) {
        this.tenant = tenant;
        this.site = site;
        this.caller = caller;
    }

    /** The site as its staff see it, with the caller's role in it. */
    public record AdminSite(String code, String siteName, String status, String theme, String yourRole,
            SiteFooter footer, List<SiteService.ChannelView> channels) {
    }

    @GET
    public AdminSite site() {
        TenantInfo t = tenant.require();
        String role = caller.bindings().highestRoleIn(t.code()).map(Role::key).orElse("");
        return new AdminSite(t.code().value(), t.siteName(), t.status().name(), t.theme(), role, site.footer(),
                site.visibleChannels());
    }
}
