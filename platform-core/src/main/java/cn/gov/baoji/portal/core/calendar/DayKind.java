package cn.gov.baoji.portal.core.calendar;

/** How a day of the city's list differs from the ordinary Monday-to-Friday week. */
public enum DayKind {
    /** 放假: a public holiday or a bridging day off, even on a weekday. */
    HOLIDAY("放假"),
    /** 调休上班: a Saturday or Sunday worked in exchange for a bridging day. */
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
