package cn.gov.baoji.portal.core.calendar;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.tenant.TenantChangeListener;

/**
 * The holiday list the city office keeps (放假 and 调休上班 days, as announced each year by the State
 * Council), shared by every county for reply deadlines and working-day figures. Kept in memory:
 * every deadline computation reads it, and it changes a few times a year; a change on any
 * instance reaches the others through {@link #CHANNEL}.
 */
@ApplicationScoped
public class CityCalendar {

    public static final String CHANNEL = "portal_calendar_changed";
    static final int MAX_NAME = 20;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private final DataSource dataSource;
    private volatile NavigableMap<LocalDate, CalendarDay> days;

    CityCalendar(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The listed days of one year, in date order. */
    public List<CalendarDay> year(int year) {
        return List.copyOf(days().subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true).values());
    }

    /** How {@code day} differs from an ordinary week, or null if it does not. */
    public DayKind exception(LocalDate day) {
        CalendarDay listed = days().get(day);
        return listed == null ? null : listed.kind();
    }

    /** Adds a day to the list or changes it. */
    public void put(CalendarDay day) {
        String name = check(day);
        run("INSERT INTO platform.city_calendar_day (day, kind, name) VALUES (?, ?, ?)"
                + " ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name",
                statement -> {
                    statement.setDate(1, Date.valueOf(day.day()));
                    statement.setString(2, day.kind().name());
                    statement.setString(3, name);
                });
    }

    public void remove(LocalDate day) {
        if (days().get(day) == null) {
            throw new NotFoundException("节假日安排中没有这一天：" + day);
        }
        run("DELETE FROM platform.city_calendar_day WHERE day = ?", statement -> statement.setDate(1, Date.valueOf(day)));
    }

    /** Re-reads the list: after a notice from another instance, or when notices may have been missed. */
    public void reload() {
        NavigableMap<LocalDate, CalendarDay> loaded = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT day, kind, name FROM platform.city_calendar_day")) {
            while (rows.next()) {
                LocalDate day = rows.getDate(1).toLocalDate();
                loaded.put(day, new CalendarDay(day, DayKind.valueOf(rows.getString(2)), rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the city calendar failed", e);
        }
        days = loaded;
    }

    private NavigableMap<LocalDate, CalendarDay> days() {
        NavigableMap<LocalDate, CalendarDay> current = days;
        if (current == null) {
            reload();
            current = days;
        }
        return current;
    }

    private static String check(CalendarDay day) {
        if (day == null || day.day() == null) {
            throw new InvalidInputException("day", "请填写日期");
        }
        if (day.day().getYear() < 2000 || day.day().getYear() > 2100) {
            throw new InvalidInputException("day", "日期须在 2000 年至 2100 年之间");
        }
        if (day.kind() == null) {
            throw new InvalidInputException("kind", "请选择“放假”或“调休上班”");
        }
        String name = day.name() == null ? "" : day.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || CONTROL.matcher(name).find()) {
            throw new InvalidInputException("name", "请填写节日名称（1 至 " + MAX_NAME + " 个字，不含控制字符）");
        }
        return name;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** One change and its notice in one transaction: other instances hear of it exactly when it commits. */
    private void run(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    Statement notice = connection.createStatement()) {
                binder.bind(statement);
                statement.executeUpdate();
                notice.execute("NOTIFY " + CHANNEL);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Changing the city calendar failed", e);
        }
        reload();
    }

    /** Changes made on any instance: every minute as well, in case the listening connection died silently. */
    @Produces
    @Singleton
    static TenantChangeListener.Subscription changesElsewhere(CityCalendar calendar) {
        return new TenantChangeListener.Subscription(CHANNEL, payload -> calendar.reload(), calendar::reload, true);
    }

    /** Years that have listed days, newest first, for the console's year links. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (LocalDate day : days().descendingKeySet()) {
            if (years.isEmpty() || years.get(years.size() - 1) != day.getYear()) {
                years.add(day.getYear());
            }
        }
        return years;
    }
}
