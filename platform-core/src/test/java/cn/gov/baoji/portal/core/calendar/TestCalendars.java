package cn.gov.baoji.portal.core.calendar;

import java.time.LocalDate;
import java.util.Map;

/** Working calendars with a fixed list of days, for unit tests of deadlines in other packages. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingCalendar of(Map<LocalDate, DayKind> listed) {
        return new WorkingCalendar(new CityCalendar(null) {
            @Override
            public DayKind exception(LocalDate day) {
                return listed.get(day);
            }
        });
    }
}
