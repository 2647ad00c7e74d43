package cn.gov.baoji.portal.admin.console;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.themes.ThemeCatalog;
import cn.gov.baoji.portal.themes.ThemeRenderer;

/** Entry page of the city console; answers on the console host only (see the tenant filter). */
@Path("/console")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class ConsoleResource {

    private final TenantDirectory directory;
    private final ThemeRenderer renderer;

    ConsoleResource(TenantDirectory directory, ThemeRenderer renderer) {
        this.directory = directory;
        this.renderer = renderer;
    }

    @GET
    @Path("/")
    public String entry() {
        List<TenantInfo> tenants = List.copyOf(directory.all());
        return renderer.render(ThemeCatalog.BASE, "console", Map.of("tenants", tenants));
    }
}
