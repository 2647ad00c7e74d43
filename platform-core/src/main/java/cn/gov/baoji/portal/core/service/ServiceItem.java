package cn.gov.baoji.portal.core.service;

import java.util.List;

/**
 * A service item (政务服务事项) of the city's catalogue: the fields only the city office sets.
 *
 * @param allCounties offered by every county, including those opened later; otherwise by {@code counties}
 */
public record ServiceItem(String code, String name, ServiceKind kind, String legalBasis, List<Audience> audiences,
        List<String> events, boolean allCounties, List<String> counties) {

    public boolean offeredBy(String county) {
        return allCounties || counties.contains(county);
    }
}
