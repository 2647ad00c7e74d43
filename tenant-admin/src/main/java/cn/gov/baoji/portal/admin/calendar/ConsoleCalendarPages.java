package cn.gov.baoji.portal.admin.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import cn.gov.baoji.portal.admin.console.Confirmation;
import cn.gov.baoji.portal.admin.console.ConsoleTemplates;
import cn.gov.baoji.portal.admin.security.AccessRule;
import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.calendar.CalendarDay;
import cn.gov.baoji.portal.core.calendar.CityCalendar;
import cn.gov.baoji.portal.core.calendar.DayKind;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * 节假日安排: the city office lists each year's holidays and worked weekend days as the State
 * Council announces them; every county's reply deadlines count working days with this list.
 */
@Path("/console/calendar")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Authenticated
@AccessRule(Role.CITY_ADMIN)
public class ConsoleCalendarPages {

    private final CityCalendar calendar;
    private final Caller caller;
    private final Clock clock;

    ConsoleCalendarPages(CityCalendar calendar, Caller caller, Clock clock) {
        this.calendar = calendar;
        this.caller = caller;
        this.clock = clock;
    }

    /** One year's list, the years to switch to, and a refused form's values and reason. */
    public record CalendarPage(int year, List<CalendarDay> days, List<Integer> years, String error, String errorField,
            String typedDay, String typedKind, String typedName, String notice) {
    }

    @CheckedTemplate(basePath = "ConsolePages")
    static class Templates {
        static native TemplateInstance calendar(String userName, CalendarPage page);
    }

    @GET
    public TemplateInstance show(@QueryParam("year") String year, @QueryParam("done") String done) {
        int chosen = year(year);
        return Templates.calendar(caller.displayName(), page(chosen, null, null, null, null, null, notice(done)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response put(@RestForm String day, @RestForm String kind, @RestForm String name) {
        try {
            CalendarDay listed = CalendarInput.day(day, kind, name);
            calendar.put(listed);
            return Response.seeOther(URI.create("/console/calendar?year=" + listed.day().getYear() + "&done=saved")).build();
        } catch (InvalidInputException e) {
            int shown = LocalDate.now(clock).getYear();
            return Response.status(400).entity(Templates.calendar(caller.displayName(),
                    page(shown, e.getMessage(), e.field(), day, kind, name, null))).build();
        }
    }

    @GET
    @Path("{day}/remove")
    public TemplateInstance confirmRemove(@PathParam("day") String day) {
        LocalDate date = CalendarInput.pathDate(day);
        CalendarDay listed = calendar.year(date.getYear()).stream().filter(d -> d.day().equals(date)).findFirst()
                .orElseThrow(() -> new NotFoundException("节假日安排中没有这一天"));
        return ConsoleTemplates.confirm(caller.displayName(), new Confirmation("删除节假日安排",
                "确定要删除 " + date + "（" + listed.kind().label() + "，" + listed.name() + "）吗？",
                "删除后这一天按普通的周一至周五工作、周末休息计算。已收到留言的答复期限不变，此后收到的留言按新的安排计算。",
                "/console/calendar/" + date + "/remove", "day", date.toString(), "确认删除",
                "/console/calendar?year=" + date.getYear()));
    }

    @POST
    @Path("{day}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("day") String day) {
        LocalDate date = CalendarInput.pathDate(day);
        calendar.remove(date);
        return Response.seeOther(URI.create("/console/calendar?year=" + date.getYear() + "&done=removed")).build();
    }

    private CalendarPage page(int year, String error, String field, String day, String kind, String name, String notice) {
        List<Integer> years = new ArrayList<>(calendar.years());
        int thisYear = LocalDate.now(clock).getYear();
        for (int y : new int[] { thisYear + 1, thisYear }) {
            if (!years.contains(y)) {
                years.add(y);
            }
        }
        years.sort(Comparator.reverseOrder());
        return new CalendarPage(year, calendar.year(year), years, error, field, day, kind == null ? DayKind.HOLIDAY.name() : kind,
                name, notice);
    }

    private int year(String text) {
        int thisYear = LocalDate.now(clock).getYear();
        if (text == null || text.isBlank()) {
            return thisYear;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw new InvalidInputException("year", "年份须在 2000 至 2100 之间");
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> "已保存。此后各区县收到的留言按新的安排计算答复期限。";
            case "removed" -> "已删除。";
            default -> null;
        };
    }
}
