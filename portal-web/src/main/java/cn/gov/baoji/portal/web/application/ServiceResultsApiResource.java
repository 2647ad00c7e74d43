package cn.gov.baoji.portal.web.application;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.core.application.ApplicationFigures;
import cn.gov.baoji.portal.core.application.ApplicationResults;
import cn.gov.baoji.portal.web.site.Paging;

/**
 * What online applications tell the public about a county's services: the approved results
 * (办理结果公示) and the service figures (服务效能). Beside the catalogue's own /api/v1/services
 * operations, whose {code} these literal paths take precedence over.
 */
@Path("/api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResultsApiResource {

    private final ApplicationResults results;
    private final ApplicationFigures figures;

    ServiceResultsApiResource(ApplicationResults results, ApplicationFigures figures) {
        this.results = results;
        this.figures = figures;
    }

    @GET
    @Path("results")
    @Operation(summary = "办理结果公示: approved applications, newest first, with the fields the county chose; no personal data")
    public ApplicationApi.Results results(@QueryParam("page") String page, @QueryParam("size") String size) {
        return ApplicationApi.Results.of(results.list(Paging.number(page, "page", 1, 10_000),
                Paging.number(size, "size", 20, ApplicationResults.MAX_PAGE_SIZE)));
    }

    @GET
    @Path("stats")
    @Operation(summary = "服务效能 per department and per item: received, decided, on time, average working days, satisfaction",
            description = "For this year and for last month, of the applications received in the period. Average working"
                    + " days leave out the days spent waiting for the applicant's material; satisfiedPercent is the share"
                    + " of ratings 满意 or better, averageScore runs from 1 (非常不满意) to 5 (非常满意).")
    public ApplicationFigures.Stats stats() {
        return figures.stats();
    }
}
