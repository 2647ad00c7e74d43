package cn.gov.baoji.portal.core.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * 服务效能: per department and per item, of the applications received in a period: how many, how
 * many decided, how many on time, the average working days taken (the days waiting for material
 * not counted), and how satisfied the applicants were (share rating 满意 or better, average score
 * from 5 for 非常满意 to 1 for 非常不满意).
 */
@ApplicationScoped
public class ApplicationFigures {

    private final EntityManager em;
    private final Applications applications;
    private final ApplicationClock clock;

    ApplicationFigures(EntityManager em, Applications applications, ApplicationClock clock) {
        this.em = em;
        this.applications = applications;
        this.clock = clock;
    }

    /**
     * One department's or item's figures.
     *
     * @param averageWorkingDays one decimal; null when nothing was decided
     * @param satisfiedPercent share of ratings 满意 or better, in percent with one decimal; null when none was rated
     * @param averageScore two decimals, from 1 to 5; null when none was rated
     */
    public record Row(String code, String name, long received, long completed, long onTime, BigDecimal averageWorkingDays,
            long rated, BigDecimal satisfiedPercent, BigDecimal averageScore) {
    }

    /** One period, both ends included. */
    public record Period(String label, LocalDate from, LocalDate to, List<Row> departments, List<Row> items, Row total) {
    }

    public record Stats(Period thisYear, Period lastMonth) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stats stats() {
        LocalDate today = clock.today();
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        return new Stats(period(today.getYear() + "年", today.withDayOfYear(1), today),
                period(monthStart.getYear() + "年" + monthStart.getMonthValue() + "月", monthStart,
                        monthStart.plusMonths(1).minusDays(1)));
    }

    /** The figures of applications received from {@code from} to {@code to}, both included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Period period(String label, LocalDate from, LocalDate to) {
        List<Application> received = em.createQuery("FROM Application a WHERE a.receivedAt >= :from AND a.receivedAt < :to"
                + " ORDER BY a.id", Application.class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1))).getResultList();
        Map<String, String> names = applications.departmentNames();
        Map<String, Tally> departments = new LinkedHashMap<>();
        Map<String, Tally> items = new LinkedHashMap<>();
        Tally total = new Tally(null, "合计");
        for (Application a : received) {
            departments.computeIfAbsent(a.departmentCode, c -> new Tally(c, names.getOrDefault(c, c))).add(a);
            items.computeIfAbsent(a.serviceCode, c -> new Tally(c, a.serviceName)).add(a);
            total.add(a);
        }
        List<Row> departmentRows = new ArrayList<>();
        // In the county's order of departments, not in the order applications happened to arrive.
        names.keySet().stream().filter(departments::containsKey).forEach(c -> departmentRows.add(departments.get(c).row()));
        departments.forEach((c, t) -> {
            if (!names.containsKey(c)) {
                departmentRows.add(t.row());
            }
        });
        List<Row> itemRows = items.values().stream().map(Tally::row).sorted((x, y) -> x.code().compareTo(y.code())).toList();
        return new Period(label, from, to, departmentRows, itemRows, total.row());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    /** Counts for one row. */
    private static final class Tally {
        private final String code;
        private final String name;
        private long received;
        private long completed;
        private long onTime;
        private long workingDays;
        private long rated;
        private long satisfied;
        private long scores;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(Application a) {
            received++;
            if (!a.state.isOpen() && a.elapsedDays != null) {
                completed++;
                workingDays += a.elapsedDays;
                if (Boolean.TRUE.equals(a.onTime)) {
                    onTime++;
                }
            }
            if (a.rating != null) {
                rated++;
                scores += a.rating;
                if (Satisfaction.ofScore(a.rating).map(Satisfaction::satisfied).orElse(false)) {
                    satisfied++;
                }
            }
        }

        Row row() {
            return new Row(code, name, received, completed, onTime, divide(workingDays, completed, 1), rated,
                    rated == 0 ? null : divide(satisfied * 100, rated, 1), divide(scores, rated, 2));
        }

        private static BigDecimal divide(long sum, long count, int scale) {
            return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP);
        }
    }
}
