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

/** Hot and failed searches of the host's county, per week, as JSON. */
@Path("/api/admin/search/stats")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class SearchStatsResource {

    private final SearchStats stats;

    SearchStatsResource(SearchStats stats) {
        this.stats = stats;
    }

    @GET
    @Operation(summary = "The week's searches on the county's site: most searched queries and queries that found nothing",
            description = "`week`: an ISO week such as 2026-W48 (China time), default the current week. Queries are "
                    + "normalized (full-width folded, lower case, spaces collapsed); no address or person is kept. "
                    + "Counts reach the database within about 15 seconds.")
    public SearchStats.WeekStats week(@QueryParam("week") String week) {
        return stats.week(stats.parse(week));
    }
}
