package cn.gov.baoji.portal.admin.me;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.admin.security.SignedIn;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;

/** Who the caller is and which (tenant, role) pairs they hold; answers on any host. */
@Path("/api/admin/me")
@Produces(MediaType.APPLICATION_JSON)
@SignedIn
public class MeResource {

    private final Caller caller;
    private final TenantDirectory directory;

    MeResource(Caller caller, TenantDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** The answer of {@code GET /api/admin/me}. */
    public record Me(String username, String name, boolean cityAdmin, List<Binding> bindings) {
    }

    /** One role, with the tenant's name for people. */
    public record Binding(String tenant, String tenantName, String role, String roleLabel, String department) {
    }

    @GET
    public Me me() {
        List<Binding> bindings = caller.bindings().all().stream().map(b -> new Binding(b.tenant(),
                b.tenant() == null ? "宝鸡市" : directory.findByCode(TenantCode.of(b.tenant())).map(TenantInfo::siteName)
                        .orElse(b.tenant()),
                b.role().key(), b.role().label(), b.department())).toList();
        return new Me(caller.username(), caller.displayName(), caller.bindings().isCityAdmin(), bindings);
    }
}
