package cn.gov.baoji.portal.admin.inspection;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Single-veto counts per county for the console home ({@code inject:inspectionCounts}), read at most
 * once per request.
 */
@Named("inspectionCounts")
@RequestScoped
public class ConsoleInspectionCounts {

    private final CityInspection city;
    private List<CityInspection.CountyLine> lines;

    ConsoleInspectionCounts(CityInspection city) {
        this.city = city;
    }

    /** The county's open single-veto risks; null while it is being provisioned. */
    public Integer veto(String code) {
        if (lines == null) {
            lines = city.lines(0);
        }
        return city.veto(lines, code).orElse(null);
    }
}
