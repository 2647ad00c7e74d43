package cn.gov.baoji.portal.admin.tenant;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.BeanParam;
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

import cn.gov.baoji.portal.admin.account.OneTimePasswordPages;
import cn.gov.baoji.portal.admin.console.ConsoleTemplates;
import cn.gov.baoji.portal.admin.console.Confirmation;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.themes.Theme;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The console's county pages: provisioning with live progress, suspension, domains. */
@Path("/console/tenants")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleTenantPages {

    private final ProvisioningJobs jobs;
    private final TenantStore store;
    private final CountyDomains domains;
    private final TenantProvisioner provisioner;
    private final ThemeCatalog themes;
    private final Caller caller;

    ConsoleTenantPages(ProvisioningJobs jobs, TenantStore store, CountyDomains domains, TenantProvisioner provisioner,
            ThemeCatalog themes, Caller caller) {
        this.jobs = jobs;
        this.store = store;
        this.domains = domains;
        this.provisioner = provisioner;
        this.themes = themes;
        this.caller = caller;
    }

    /** A refusal to show next to the form: the field it concerns (may be null) and the reason. */
    public record FormError(String field, String message) {

        static FormError of(PortalException e) {
            return new FormError(e instanceof InvalidInputException i ? i.field() : null, e.getMessage());
        }

        public boolean on(String name) {
            return field != null && (field.equals(name) || field.startsWith(name + "."));
        }
    }

    /** A theme to choose. */
    public record ThemeChoice(String name, String label) {
    }

    /** What the progress page shows; {@code password} only the first time it is rendered after success. */
    public record ProgressPage(ProvisioningJob.Status status, boolean fromJob, String password, String siteUrl) {
    }

    /** One county's page: its registration, a refused domain as typed, and the refusal. */
    public record TenantPage(TenantStore.Registration registration, String siteUrl, String domainTyped,
            FormError error, String notice) {

        public cn.gov.baoji.portal.core.tenant.TenantInfo tenant() {
            return registration.tenant();
        }

        public boolean active() {
            return registration.tenant().status() == cn.gov.baoji.portal.core.tenant.TenantStatus.ACTIVE;
        }

        public boolean suspended() {
            return registration.tenant().status() == cn.gov.baoji.portal.core.tenant.TenantStatus.SUSPENDED;
        }
    }

    @CheckedTemplate(basePath = "ConsolePages")
    static class Templates {
        static native TemplateInstance tenantNew(String userName, ProvisionForm form, List<ThemeChoice> themes,
                FormError error);

        static native TemplateInstance tenantProgress(String userName, ProgressPage page);

        static native TemplateInstance tenant(String userName, TenantPage page);
    }

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return Templates.tenantNew(caller.displayName(), ProvisionForm.blank(), themeChoices(), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response provision(@BeanParam ProvisionForm form) {
        try {
            ProvisioningJob job = jobs.start(form.toRequest().toSpec());
            return Response.seeOther(URI.create("/console/tenants/" + job.status().code() + "/provisioning")).build();
        } catch (PortalException e) {
            return Response.status(e.status())
                    .entity(Templates.tenantNew(caller.displayName(), form, themeChoices(), FormError.of(e))).build();
        }
    }

    @GET
    @Path("{code}/provisioning")
    public Response progress(@PathParam("code") String code, @Context UriInfo uri) {
        TenantCode tenant = code(code);
        var job = jobs.find(tenant);
        ProvisioningJob.Status status = (job.isPresent() ? job.map(ProvisioningJob::status) : jobs.status(tenant))
                .orElseThrow(() -> notFound(code));
        String password = job.isPresent() && "DONE".equals(status.state()) ? job.get().takePassword() : null;
        String siteUrl = store.find(tenant).map(r -> SiteLinks.url(r.domains(), uri.getRequestUri().getPort()))
                .orElse(null);
        // The page may carry the one-time password: no browser or proxy may keep a copy.
        return OneTimePasswordPages.uncached(Response.ok(Templates.tenantProgress(caller.displayName(),
                new ProgressPage(status, job.isPresent(), password, siteUrl)))).build();
    }

    /** What the progress page's script polls (the page's own session; {@code /api/**} takes bearer tokens only). */
    @GET
    @Path("{code}/provisioning/status")
    @Produces(MediaType.APPLICATION_JSON)
    public ProvisioningJob.Status progressJson(@PathParam("code") String code) {
        return jobs.status(code(code)).orElseThrow(() -> notFound(code));
    }

    @POST
    @Path("{code}/provisioning/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("code") String code) {
        jobs.retry(code(code));
        return Response.seeOther(URI.create("/console/tenants/" + code + "/provisioning")).build();
    }

    @GET
    @Path("{code}")
    public Response tenant(@PathParam("code") String code, @QueryParam("done") String done, @Context UriInfo uri) {
        return tenantPage(200, code, null, null, notice(done), uri).build();
    }

    @GET
    @Path("{code}/suspend")
    public TemplateInstance confirmSuspend(@PathParam("code") String code) {
        TenantStore.Registration r = registration(code);
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("暂停站点", "确定要暂停“" + r.tenant().siteName() + "”吗？",
                "暂停后市民访问该站点的所有页面都会看到“网站维护中”，后台也无法使用，直到恢复为止。",
                "/console/tenants/" + code + "/suspend", null, null, "确认暂停", "/console/tenants/" + code));
    }

    @POST
    @Path("{code}/suspend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@PathParam("code") String code, @Context UriInfo uri) {
        return setSuspended(code, true, uri);
    }

    @POST
    @Path("{code}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resume(@PathParam("code") String code, @Context UriInfo uri) {
        return setSuspended(code, false, uri);
    }

    @POST
    @Path("{code}/domains")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDomain(@PathParam("code") String code, @RestForm String domain, @Context UriInfo uri) {
        TenantCode tenant = code(code);
        try {
            CountyDomains.Change change = domains.add(tenant, domain);
            if (change.warning() != null) {
                return tenantPage(200, code, null, new FormError(null, change.warning()), null, uri).build();
            }
            return Response.seeOther(URI.create("/console/tenants/" + code + "?done=domain-added")).build();
        } catch (PortalException e) {
            return tenantPage(e.status(), code, domain, FormError.of(e), null, uri).build();
        }
    }

    @GET
    @Path("{code}/domains/remove")
    public TemplateInstance confirmRemoveDomain(@PathParam("code") String code, @QueryParam("domain") String domain) {
        TenantStore.Registration r = registration(code);
        if (!r.domains().contains(domain)) {
            throw new NotFoundException("该站点没有这个域名：" + domain);
        }
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("删除域名",
                "确定要从“" + r.tenant().siteName() + "”删除域名 " + domain + " 吗？",
                "删除后通过该域名访问将显示“该站点不存在”，该域名可被其他站点使用。",
                "/console/tenants/" + code + "/domains/remove", "domain", domain, "确认删除", "/console/tenants/" + code));
    }

    @POST
    @Path("{code}/domains/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDomain(@PathParam("code") String code, @RestForm String domain, @Context UriInfo uri) {
        try {
            CountyDomains.Change change = domains.remove(code(code), domain);
            if (change.warning() != null) {
                return tenantPage(200, code, null, new FormError(null, change.warning()), null, uri).build();
            }
            return Response.seeOther(URI.create("/console/tenants/" + code + "?done=domain-removed")).build();
        } catch (PortalException e) {
            return tenantPage(e.status(), code, null, FormError.of(e), null, uri).build();
        }
    }

    private Response setSuspended(String code, boolean suspended, UriInfo uri) {
        try {
            provisioner.setSuspended(code(code), suspended);
            return Response.seeOther(URI.create("/console/tenants/" + code + "?done=" + (suspended ? "suspended" : "resumed")))
                    .build();
        } catch (PortalException e) {
            return tenantPage(e.status(), code, null, FormError.of(e), null, uri).build();
        }
    }

    private Response.ResponseBuilder tenantPage(int status, String code, String domainTyped, FormError error,
            String notice, UriInfo uri) {
        TenantStore.Registration r = registration(code);
        return Response.status(status).entity(Templates.tenant(caller.displayName(), new TenantPage(r,
                SiteLinks.url(r.domains(), uri.getRequestUri().getPort()), domainTyped, error, notice)));
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "suspended" -> "站点已暂停，市民访问时看到“网站维护中”。";
            case "resumed" -> "站点已恢复运行。";
            case "domain-added" -> "域名已添加。";
            case "domain-removed" -> "域名已删除。";
            default -> null;
        };
    }

    private TenantStore.Registration registration(String code) {
        return store.find(code(code)).orElseThrow(() -> notFound(code));
    }

    private static TenantCode code(String code) {
        if (!TenantCode.isValid(code)) {
            throw notFound(code);
        }
        return TenantCode.of(code);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("站点不存在：" + code);
    }

    private List<ThemeChoice> themeChoices() {
        return themes.shipped().stream().map(themes::findOrBase).map((Theme t) -> new ThemeChoice(t.name(), t.label()))
                .toList();
    }
}
