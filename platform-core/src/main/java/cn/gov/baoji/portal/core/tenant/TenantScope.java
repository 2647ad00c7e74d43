package cn.gov.baoji.portal.core.tenant;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.NotFoundException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs work for a named tenant outside of that tenant's HTTP requests: jobs, provisioning,
 * the city console acting on a county. The work gets its own transaction, so its Hibernate
 * session is opened for that tenant's schema and no other.
 */
@ApplicationScoped
public class TenantScope {

    private final TenantDirectory directory;

    TenantScope(TenantDirectory directory) {
        this.directory = directory;
    }

    public <T> T call(TenantCode code, Supplier<T> work) {
        TenantInfo tenant = directory.findByCode(code)
                .orElseThrow(() -> new NotFoundException("站点不存在：" + code));
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        TenantContext context = Arc.container().instance(TenantContext.class).get();
        TenantInfo previous = context.tenant().orElse(null);
        boolean previousConsole = context.isConsole();
        try {
            context.bindTenant(tenant);
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            if (previousConsole) {
                context.bindConsole();
            } else {
                context.bindTenant(previous);
            }
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    public void run(TenantCode code, Runnable work) {
        call(code, () -> {
            work.run();
            return null;
        });
    }
}
