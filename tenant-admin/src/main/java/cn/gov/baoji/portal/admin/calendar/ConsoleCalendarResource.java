package cn.gov.baoji.portal.admin.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Role;

/** The city's holiday list as JSON, for the city office's scripts (e.g. loading a year at once). */
@Path("/api/console/calendar")
@Produces(MediaType.APPLICATION_JSON)
@AccessRule(Role.CITY_ADMIN)
public class ConsoleCalendarResource {

    private final CityCalendar calendar;
    private final Clock clock;

    ConsoleCalendarResource(CityCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What a client sends for one day: {@code kind} HOLIDAY (放假) or WORKDAY (调休上班), and the holiday's name. */
    public record DayRequest(String kind, String name) {
    }

    @GET
    @Operation(summary = "The listed days of a year (default: this year)")
    public List<CalendarDay> year(@QueryParam("year") Integer year) {
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        if (chosen < 2000 || chosen > 2100) {
            throw new InvalidInputException("year", "年份须在 2000 至 2100 之间");
        }
        return calendar.year(chosen);
    }

    @PUT
    @Path("{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lists a day as a holiday or a worked weekend day, or changes it")
    public CalendarDay put(@PathParam("day") String day, DayRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        CalendarDay listed = CalendarInput.day(day, request.kind(), request.name());
        calendar.put(listed);
        return new CalendarDay(listed.day(), listed.kind(), listed.name().strip());
    }

    @DELETE
    @Path("{day}")
    @Operation(summary = "Takes a day off the list: it counts as an ordinary day again")
    public void remove(@PathParam("day") String day) {
        calendar.remove(CalendarInput.pathDate(day));
    }
}
