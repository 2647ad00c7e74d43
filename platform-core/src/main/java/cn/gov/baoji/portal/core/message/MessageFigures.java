package cn.gov.baoji.portal.core.message;

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

import cn.gov.baoji.portal.core.calendar.WorkingCalendar;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;

/**
 * How fast the county answers, per mailbox, shown to everyone: for this calendar year and for last
 * calendar month (Beijing dates, from the clock).
 * <p>
 * A period's figures are about the messages <em>received</em> in it, rejected ones (invalid) left
 * out: how many were received, how many of them are answered by now, how many of those on time
 * (reply date on or before the due date), and the average working days from the day received to
 * the day replied. The leader's mailbox counts what was written to it; a department counts what it
 * handles (or, not yet routed, what was written to it), so a leader's message routed to a
 * department counts in both rows and once in the total.
 */
@ApplicationScoped
public class MessageFigures {

    private final EntityManager em;
    private final WorkingCalendar calendar;
    private final MessageDeadlines deadlines;
    private final Messages messages;
    private final DepartmentService departments;

    MessageFigures(EntityManager em, WorkingCalendar calendar, MessageDeadlines deadlines, Messages messages,
            DepartmentService departments) {
        this.em = em;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.messages = messages;
        this.departments = departments;
    }

    /**
     * One mailbox's figures.
     *
     * @param code the department code, {@code leader} for the leader's mailbox, null for the total
     * @param averageWorkingDays one decimal; null when nothing was replied
     */
    public record Row(String code, String name, long received, long replied, long repliedOnTime,
            BigDecimal averageWorkingDays) {
    }

    /** One period, both ends included. */
    public record Period(String label, LocalDate from, LocalDate to, List<Row> rows, Row total) {
    }

    public record Stats(Period thisYear, Period lastMonth) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stats stats() {
        LocalDate today = deadlines.today();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate monthStart = today.withDayOfMonth(1).minusMonths(1);
        return new Stats(period(today.getYear() + "年", yearStart, today),
                period(monthStart.getYear() + "年" + monthStart.getMonthValue() + "月", monthStart,
                        monthStart.plusMonths(1).minusDays(1)));
    }

    /** The figures of messages received from {@code from} to {@code to}, both included. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Period period(String label, LocalDate from, LocalDate to) {
        List<Message> received = em.createQuery("FROM Message m WHERE m.receivedAt >= :from AND m.receivedAt < :to"
                + " AND m.state <> :rejected", Message.class)
                .setParameter("from", start(from)).setParameter("to", start(to.plusDays(1)))
                .setParameter("rejected", MessageState.REJECTED).getResultList();
        Map<String, Tally> byCode = new LinkedHashMap<>();
        byCode.put(Message.LEADER, new Tally(Message.LEADER, messages.leaderMailbox()));
        Map<Long, Department> byId = new LinkedHashMap<>();
        for (Department d : departments.all()) {
            byId.put(d.getId(), d);
            if (d.isVisible()) {
                byCode.put(d.getCode(), new Tally(d.getCode(), d.getName()));
            }
        }
        Tally total = new Tally(null, "合计");
        for (Message m : received) {
            if (Message.LEADER.equals(m.addressee)) {
                byCode.get(Message.LEADER).add(m);
            }
            String handler = m.departmentId != null && byId.containsKey(m.departmentId) ? byId.get(m.departmentId).getCode()
                    : Message.LEADER.equals(m.addressee) ? null : m.addressee;
            if (handler != null) {
                byCode.computeIfAbsent(handler, code -> new Tally(code, departments.byCode(code)
                        .map(Department::getName).orElse(code))).add(m);
            }
            total.add(m);
        }
        List<Row> rows = new ArrayList<>();
        byCode.values().forEach(t -> rows.add(t.row()));
        return new Period(label, from, to, rows, total.row());
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(MessageDeadlines.CHINA).toOffsetDateTime();
    }

    /** Counts for one row. */
    private final class Tally {
        private final String code;
        private final String name;
        private long received;
        private long replied;
        private long onTime;
        private long workingDays;

        Tally(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(Message m) {
            received++;
            if (m.state == MessageState.REPLIED && m.repliedAt != null) {
                replied++;
                LocalDate repliedOn = MessageDeadlines.date(m.repliedAt);
                if (!repliedOn.isAfter(m.dueOn)) {
                    onTime++;
                }
                workingDays += calendar.workingDaysBetween(MessageDeadlines.date(m.receivedAt), repliedOn);
            }
        }

        Row row() {
            BigDecimal average = replied == 0 ? null
                    : BigDecimal.valueOf(workingDays).divide(BigDecimal.valueOf(replied), 1, RoundingMode.HALF_UP);
            return new Row(code, name, received, replied, onTime, average);
        }
    }
}
