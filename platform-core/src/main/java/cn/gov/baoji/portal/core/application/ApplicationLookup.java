package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the applicant reads with tracking number and phone: the state, the clock and the timeline,
 * what material is missing, the decision, and whether they may add material or rate. Steps show the
 * department's name, never the officer's.
 *
 * @param materialRequest what is missing, while material is awaited
 * @param rating the applicant's rating once given
 */
public record ApplicationLookup(String trackingNumber, String serviceCode, String serviceName, String departmentCode,
        String departmentName,
        String state, String stateLabel, OffsetDateTime receivedAt, int timeLimitDays, LocalDate dueOn, boolean paused,
        String materialRequest, OffsetDateTime completedAt, String result, List<Step> timeline, boolean canSupplement,
        boolean canRate, String rating) {

    public record Step(String step, String label, String by, OffsetDateTime at, String comment) {
    }
}
