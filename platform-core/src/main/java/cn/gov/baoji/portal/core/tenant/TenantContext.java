package cn.gov.baoji.portal.core.tenant;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request (or explicit {@link TenantScope}) works for.
 * <p>
 * Private state behind accessors only: a public field on a request-scoped bean is written
 * through the client proxy and leaks one request's tenant into the next.
 */
@RequestScoped
public class TenantContext {

    private TenantInfo tenant;
    private boolean console;

    public Optional<TenantInfo> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** The tenant of this request; fails when the request has none, e.g. on the console host. */
    public TenantInfo require() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant is bound to this request");
        }
        return tenant;
    }

    public boolean isConsole() {
        return console;
    }

    public void bindTenant(TenantInfo tenant) {
        this.tenant = tenant;
        this.console = false;
    }

    public void bindConsole() {
        this.tenant = null;
        this.console = true;
    }
}
