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

    /** The county's open single-veto risks; null while it is being provisioned or before its first inspection. */
    public Integer veto(String code) {
        return city.veto(lines(), code).orElse(null);
    }

    private List<CityInspection.CountyLine> lines() {
        if (lines == null) {
            lines = city.lines(0);
        }
        return lines;
    }
}
