package cn.gov.baoji.portal.admin.inspection;

import java.net.URI;
import java.util.List;

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

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** 网站自查 in the city console: every county's summary, and a page per county. */
@Path("/console/inspection")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleInspectionPages {

    private final CityInspection city;
    private final Caller caller;

    ConsoleInspectionPages(CityInspection city, Caller caller) {
        this.city = city;
        this.caller = caller;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance counties(String userName, List<CityInspection.CountyLine> counties,
                String notice);

        static native TemplateInstance county(String userName, CityInspection.CountyPage page, boolean ran);
    }

    @GET
    @Path("/")
    public TemplateInstance counties(@Context UriInfo uri, @QueryParam("started") boolean started,
            @QueryParam("busy") boolean busy) {
        String notice = started ? "已开始对各区县进行自查，几分钟后刷新本页查看结果。"
                : busy ? "各区县的自查正在进行中，请稍后刷新本页。" : null;
        return Templates.counties(caller.displayName(), city.lines(uri.getRequestUri().getPort()), notice);
    }

    @GET
    @Path("{code}")
    public TemplateInstance county(@PathParam("code") String code, @Context UriInfo uri, @QueryParam("ran") boolean ran) {
        return Templates.county(caller.displayName(), city.county(code, uri.getRequestUri().getPort()), ran);
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runAll() {
        boolean started = city.runAll(caller.displayName());
        return Response.seeOther(URI.create("/console/inspection/?" + (started ? "started" : "busy") + "=true")).build();
    }

    @POST
    @Path("{code}/run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@PathParam("code") String code) {
        city.run(code, caller.displayName());
        return Response.seeOther(URI.create("/console/inspection/" + code + "?ran=true")).build();
    }
}
