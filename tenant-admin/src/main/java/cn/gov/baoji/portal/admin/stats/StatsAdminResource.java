package cn.gov.baoji.portal.admin.stats;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.stats.PageViewFigures;
import cn.gov.baoji.portal.core.stats.ViewPeriod;
import cn.gov.baoji.portal.core.stats.ViewSummary;
import cn.gov.baoji.portal.core.time.ChinaTime;

/** 栏目点击 of the host's county as JSON: totals, views per channel, most read articles. */
@Path("/api/admin/stats")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.WEBMASTER)
public class StatsAdminResource {

    private final PageViewFigures figures;
    private final Clock clock;

    StatsAdminResource(PageViewFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GET
    @Path("views")
    @Operation(summary = "Page views of the county for a period (China dates, both included)",
            description = "`from`, `to`: yyyy-MM-dd (default: the 30 days ending today); `limit`: most read articles,"
                    + " 1 to 100 (default 10). Human views; bots are counted apart (`botViews`). Figures are as written"
                    + " by the last flush (every `portal.stats.flush-interval`).")
    public ViewSummary views(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit) {
        ViewPeriod period = ViewPeriod.parse(from, to, LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE));
        return figures.summary(period.from(), period.to(), limit(limit));
    }

    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(limit.strip());
            if (n >= 1 && n <= PageViewFigures.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Answered below, like a number out of range.
        }
        throw new InvalidInputException("limit", "limit 应为 1 至 " + PageViewFigures.MAX_LIMIT + " 的整数");
    }
}
