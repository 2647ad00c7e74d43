package cn.gov.baoji.portal.admin.service;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.service.GuideInput;

/** The guide form as posted: the county fields, and the version the page showed. */
public class GuideForm {

    @RestForm
    public String basis;
    @RestForm
    public String conditions;
    @RestForm
    public String materials;
    @RestForm
    public String place;
    @RestForm
    public String hours;
    @RestForm
    public String phone;
    @RestForm
    public String process;
    @RestForm
    public String fees;
    @RestForm
    public String timeLimitDays;
    @RestForm
    public String department;
    @RestForm
    public String window;
    @RestForm
    public boolean online;
    @RestForm
    public String version;

    /** What was typed, as it is shown again after a refusal (the time limit as typed, even if not a number). */
    GuideInput typed() {
        return new GuideInput(basis, conditions, materials, place, hours, phone, process, fees, null, department, window,
                online);
    }

    GuideInput input() {
        return new GuideInput(basis, conditions, materials, place, hours, phone, process, fees, days(), department,
                window, online);
    }

    private Integer days() {
        if (timeLimitDays == null || timeLimitDays.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(timeLimitDays.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("timeLimitDays", "承诺时限应为 0 至 365 之间的整数（工作日，0 表示即办）");
        }
    }

    Integer seenVersion() {
        return GuideVersions.parse(version);
    }
}
