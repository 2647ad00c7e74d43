package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.util.List;

/**
 * An approved application in the public results (办理结果公示): the item, the department, the day
 * it was decided and the fields the webmaster chose to show; never the applicant, the phone, an
 * ID number or the tracking number.
 */
public record PublicResult(String serviceCode, String serviceName, String departmentName, LocalDate receivedOn,
        LocalDate completedOn, String result, List<Shown> fields) {

    public record Shown(String label, String value) {
    }
}
