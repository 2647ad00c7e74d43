package cn.gov.baoji.portal.admin.tenant;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.ResponseStatus;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.site.SiteFooter;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantKind;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantSpec;
import cn.gov.baoji.portal.core.tenant.TenantStore;

/** The city office's tenant list, provisioning, suspension and domains. */
@Path("/api/console/tenants")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleTenantResource {

    private final TenantStore store;
    private final TenantProvisioner provisioner;
    private final CountyDomains domains;
    private final ProvisioningJobs jobs;

    ConsoleTenantResource(TenantStore store, TenantProvisioner provisioner, CountyDomains domains,
            ProvisioningJobs jobs) {
        this.store = store;
        this.provisioner = provisioner;
        this.domains = domains;
        this.jobs = jobs;
    }

    /** A host to bind to a county. */
    public record DomainRequest(String domain) {
    }

    /**
     * A tenant with its hosts; {@code warning} (domain changes only) says in Chinese what did not reach
     * Keycloak although the registry changed.
     */
    public record TenantView(String code, String name, String siteName, String kind, String divisionCode,
            String siteIdentifier, String status, String theme, List<String> domains, String warning) {

        static TenantView of(TenantStore.Registration r) {
            return of(r, null);
        }

        static TenantView of(TenantStore.Registration r, String warning) {
            TenantInfo t = r.tenant();
            return new TenantView(t.code().value(), t.name(), t.siteName(), t.kind().name(), t.divisionCode(),
                    t.siteIdentifier(), t.status().name(), t.theme(), r.domains(), warning);
        }
    }

    /** What the city office sends to create a county site. */
    public record ProvisionRequest(String code, String name, String siteName, String kind, String divisionCode,
            String siteIdentifier, String theme, List<String> domains, SiteFooter footer) {

        public TenantSpec toSpec() {
            TenantKind parsedKind;
            try {
                parsedKind = TenantKind.valueOf(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("kind", "区县类型应为 DISTRICT（区）或 COUNTY（县）");
            }
            return new TenantSpec(TenantCode.of(code), name, siteName, parsedKind, divisionCode, siteIdentifier,
                    theme == null ? "base" : theme, domains, footer);
        }
    }

    @GET
    public List<TenantView> list() {
        return store.findAll().stream().map(TenantView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(201)
    public TenantView provision(ProvisionRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        TenantInfo tenant = provisioner.provision(request.toSpec());
        return store.find(tenant.code()).map(TenantView::of).orElseThrow();
    }

    @POST
    @Path("{code}/suspend")
    public TenantView suspend(@PathParam("code") String code) {
        return setSuspended(code, true);
    }

    @POST
    @Path("{code}/resume")
    public TenantView resume(@PathParam("code") String code) {
        return setSuspended(code, false);
    }

    /** Progress of a provisioning started in the console, or the registry's view of an older one. */
    @GET
    @Path("{code}/provisioning")
    public ProvisioningJob.Status provisioning(@PathParam("code") String code) {
        return jobs.status(code(code)).orElseThrow(() -> new NotFoundException("站点不存在：" + code));
    }

    @POST
    @Path("{code}/domains")
    @Consumes(MediaType.APPLICATION_JSON)
    public TenantView addDomain(@PathParam("code") String code, DomainRequest request) {
        CountyDomains.Change change = domains.add(code(code), request == null ? null : request.domain());
        return view(code, change.warning());
    }

    @DELETE
    @Path("{code}/domains/{domain}")
    public TenantView removeDomain(@PathParam("code") String code, @PathParam("domain") String domain) {
        CountyDomains.Change change = domains.remove(code(code), domain);
        return view(code, change.warning());
    }

    private TenantView view(String code) {
        return view(code, null);
    }

    private TenantView view(String code, String warning) {
        return store.find(code(code)).map(r -> TenantView.of(r, warning)).orElseThrow();
    }

    private static TenantCode code(String code) {
        if (!TenantCode.isValid(code)) {
            throw new NotFoundException("站点不存在：" + code);
        }
        return TenantCode.of(code);
    }

    private TenantView setSuspended(String code, boolean suspended) {
        provisioner.setSuspended(code(code), suspended);
        return view(code);
    }
}
