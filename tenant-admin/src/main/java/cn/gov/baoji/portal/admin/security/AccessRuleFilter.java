package cn.gov.baoji.portal.admin.security;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.NotSignedInException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Enforces {@link AccessRule} and {@link SignedIn} on every matched endpoint, against the tenant of
 * the request's host. Administrative endpoints without a rule are refused for everyone, so a
 * forgotten annotation fails closed.
 */
public class AccessRuleFilter {

    private static final Logger LOG = Logger.getLogger(AccessRuleFilter.class);

    private final CurrentIdentityAssociation identities;
    private final TenantContext tenantContext;
    private final Caller caller;

    AccessRuleFilter(CurrentIdentityAssociation identities, TenantContext tenantContext, Caller caller) {
        this.identities = identities;
        this.tenantContext = tenantContext;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Uni<Response> enforce(ResourceInfo resource, ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        AccessRule rule = find(resource, AccessRule.class);
        boolean signedIn = find(resource, SignedIn.class) != null;
        if (rule == null && !signedIn) {
            if (AdminPaths.isAdministrative(path)) {
                LOG.errorf("Endpoint %s.%s has no access rule; refusing every caller",
                        resource.getResourceClass().getSimpleName(), resource.getResourceMethod().getName());
                return Uni.createFrom().failure(new AccessDeniedException("该功能尚未开放。"));
            }
            return Uni.createFrom().nullItem();
        }
        if (rule != null && rule.value() == Role.CITY_ADMIN && !tenantContext.isConsole()) {
            // City functions exist on the console host only: under a county's domain there is nothing
            // to sign in for, so no login is asked for first.
            return Uni.createFrom().failure(new NotFoundException("页面不存在。"));
        }
        boolean api = path.startsWith("/api/");
        return identities.getDeferredIdentity().map(identity -> {
            check(identity, rule, api);
            return null;
        });
    }

    private void check(SecurityIdentity identity, AccessRule rule, boolean api) {
        if (identity == null || identity.isAnonymous()) {
            // Pages: let the OIDC mechanism send the browser to the login page; API: 401 problem.
            throw api ? new NotSignedInException() : new UnauthorizedException();
        }
        caller.bind(identity);
        if (rule == null) {
            return;
        }
        AccessBindings bindings = caller.bindings();
        if (rule.value() == Role.CITY_ADMIN) {
            if (!bindings.isCityAdmin()) {
                throw new AccessDeniedException("此功能仅限市电子政务办管理员使用。");
            }
            return;
        }
        TenantInfo tenant = tenantContext.tenant().orElseThrow(() -> new NotFoundException("页面不存在。"));
        if (!bindings.allows(tenant.code(), rule.value())) {
            throw new AccessDeniedException("您的账号没有" + tenant.siteName() + "的" + rule.value().label() + "权限。");
        }
    }

    private static <A extends Annotation> A find(ResourceInfo resource, Class<A> type) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(type)) {
            return method.getAnnotation(type);
        }
        Class<?> owner = resource.getResourceClass();
        return owner == null ? null : owner.getAnnotation(type);
    }
}
