package cn.gov.baoji.portal.admin.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.search.log.SearchStats;
import cn.gov.baoji.portal.core.security.Role;

/** Hot and failed searches of every county, per week, for the city office. */
@Path("/api/console/search/stats")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleSearchStatsResource {

    private final SearchStats stats;

    ConsoleSearchStatsResource(SearchStats stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "The week's searches: all counties together (`all`) and each county (`counties`)",
            description = "`week`: an ISO week such as 2026-W48, default the current week; `county`: a county code to "
                    + "show that county alone (404 if there is none)")
    public SearchStats.CityStats week(@QueryParam("week") String week, @QueryParam("county") String county) {
        return stats.city(stats.parse(week), county);
    }
}
