package cn.gov.baoji.portal.admin.look;

import java.net.URI;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.error.PortalException;
import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.LookStore;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The webmaster's page for the county's look: edit the draft, preview, publish, restore. */
@Path("/admin/look")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.WEBMASTER)
public class LookEditorPages {

    private final LookAdminResource looks;
    private final LookStore store;
    private final TenantContext tenant;
    private final Caller caller;

    LookEditorPages(LookAdminResource looks, LookStore store, TenantContext tenant, Caller caller) {
        this.looks = looks;
        this.store = store;
        this.tenant = tenant;
        this.caller = caller;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(TenantInfo site, String userName, LookAdminResource.Overview overview,
                LookSettings form, String error);
    }

    @GET
    @Path("/")
    public TemplateInstance editor() {
        LookAdminResource.Overview overview = looks.overview();
        LookSettings form = overview.draft() != null ? overview.draft() : overview.published();
        return Templates.editor(tenant.require(), caller.displayName(), overview, form, null);
    }

    @POST
    @Path("/")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(@RestForm String theme, @RestForm String primaryColor, @RestForm String secondaryColor,
            @RestForm String customCss, @RestForm String overrideName, @RestForm String overrideText) {
        try {
            Map<String, String> templates = overrideName == null || overrideName.isBlank() || overrideText == null
                    || overrideText.isBlank() ? currentTemplates() : Map.of(overrideName, overrideText);
            looks.saveDraft(new LookSettings(theme, primaryColor, secondaryColor, customCss, templates));
            return Response.seeOther(URI.create("/admin/look/")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.editor(tenant.require(), caller.displayName(),
                    looks.overview(), null, e.getMessage())).build();
        }
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish() {
        return afterward(looks::publish);
    }

    @POST
    @Path("versions/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        return afterward(() -> looks.restore(id));
    }

    private interface Change {
        Object run();
    }

    private Response afterward(Change change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/admin/look/")).build();
        } catch (PortalException e) {
            return Response.status(e.status()).entity(Templates.editor(tenant.require(), caller.displayName(),
                    looks.overview(), null, e.getMessage())).build();
        }
    }

    private Map<String, String> currentTemplates() {
        return store.draft().or(store::published).map(s -> s.settings().templates()).orElse(Map.of());
    }
}
