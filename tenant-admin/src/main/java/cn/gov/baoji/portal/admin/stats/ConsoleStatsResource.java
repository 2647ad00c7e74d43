package cn.gov.baoji.portal.admin.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.stats.CountyViews;
import cn.gov.baoji.portal.core.stats.PageViewFigures;
import cn.gov.baoji.portal.core.stats.ViewPeriod;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** 栏目点击 of every county for the city office, as JSON. */
@Path("/api/console/stats")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleStatsResource {

    private final PageViewFigures figures;
    private final Clock clock;

    ConsoleStatsResource(PageViewFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GET
    @Path("views")
    @Operation(summary = "Page views of every county for a period (China dates, both included)",
            description = "`from`, `to`: yyyy-MM-dd (default: the 30 days ending today). Human and bot views per county.")
    public List<CountyViews> views(@QueryParam("from") String from, @QueryParam("to") String to) {
        ViewPeriod period = ViewPeriod.parse(from, to, LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
        return figures.counties(period.from(), period.to());
    }
}
