package cn.gov.baoji.portal.web.tenancy;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.admin.security.AdminPaths;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.tenant.HostResolver;
import cn.gov.baoji.portal.core.tenant.SiteSuspendedException;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.UnknownSiteException;

/**
 * Binds every request to the site its host names, before any resource runs. Unknown hosts and
 * suspended sites stop here; console paths answer only on the console host and vice versa.
 */
public class TenantRequestFilter {

    static final String FORWARDED_HOST = "X-Forwarded-Host";

    private final HostResolver resolver;
    private final TenantContext context;

    TenantRequestFilter(HostResolver resolver, TenantContext context) {
        this.resolver = resolver;
        this.context = context;
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Optional<Response> bindSite(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/q/")) {
            // Health and API description: about the instance, not about a site.
            return Optional.empty();
        }
        HostResolver.Resolution resolution = resolver.resolve(request.getHeaderString(HttpHeaders.HOST),
                request.getHeaderString(FORWARDED_HOST));
        if (resolution instanceof HostResolver.ForConsole) {
            context.bindConsole();
            if (path.equals("/") || path.isEmpty()) {
                return Optional.of(Response.seeOther(URI.create("/console/")).build());
            }
            if (!AdminPaths.isConsole(path) && !isSharedPath(path)) {
                throw new NotFoundException("管理控制台没有这个页面。");
            }
            return Optional.empty();
        }
        if (resolution instanceof HostResolver.ForTenant forTenant) {
            context.bindTenant(forTenant.tenant());
            if (AdminPaths.isConsole(path)) {
                throw new NotFoundException("页面不存在。");
            }
            if (forTenant.tenant().status() == TenantStatus.SUSPENDED) {
                throw new SiteSuspendedException();
            }
            return Optional.empty();
        }
        throw new UnknownSiteException();
    }

    /** Paths that answer on the console host as well as on county hosts. */
    private static boolean isSharedPath(String path) {
        return path.startsWith("/api/admin/") || path.equals("/logout");
    }
}
