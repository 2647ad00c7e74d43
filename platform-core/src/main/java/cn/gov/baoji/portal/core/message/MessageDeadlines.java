package cn.gov.baoji.portal.core.message;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.calendar.WorkingCalendar;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * Reply deadlines: the county's promised reply time in working days (weekends and the city's
 * holidays skipped), the due date of each message, overdue messages and the red flag of the
 * national single-veto rule (3 months without an answer). Dates are Beijing dates, from the clock.
 */
@ApplicationScoped
public class MessageDeadlines {

    public static final int DEFAULT_REPLY_DAYS = 5;
    public static final int MAX_REPLY_DAYS = 60;
    /** Unanswered this long since it was received: flagged red for the county and the city. */
    public static final int RED_FLAG_MONTHS = 3;

    private final EntityManager em;
    private final WorkingCalendar calendar;
    private final Messages messages;
    private final Clock clock;

    MessageDeadlines(EntityManager em, WorkingCalendar calendar, Messages messages, Clock clock) {
        this.em = em;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    /** A message flagged red: still unanswered three months after it was received. */
    public record RedFlag(long id, String title, String departmentName, OffsetDateTime receivedAt, LocalDate dueOn,
            int workingDaysOverdue) {
    }

    /** The county's promised reply time in working days. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int replyDays() {
        MessageSettings settings = em.find(MessageSettings.class, MessageSettings.SINGLE_ROW_ID);
        return settings == null ? DEFAULT_REPLY_DAYS : settings.replyDays;
    }

    /** A webmaster changes the promised reply time; messages received before keep their due date. */
    @Transactional
    public int setReplyDays(Actor actor, int days) {
        messages.policy(actor).requireWebmaster();
        if (days < 1 || days > MAX_REPLY_DAYS) {
            throw new InvalidInputException("replyDays", "办理时限应为 1 至 " + MAX_REPLY_DAYS + " 个工作日");
        }
        MessageSettings settings = em.find(MessageSettings.class, MessageSettings.SINGLE_ROW_ID, LockModeType.PESSIMISTIC_WRITE);
        settings.replyDays = days;
        settings.updatedBy = actor.name();
        settings.updatedAt = OffsetDateTime.now(clock);
        return days;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The Beijing date of an instant. */
    public static LocalDate date(OffsetDateTime at) {
        return at.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** The due date of a message received at {@code receivedAt}, with the county's current reply time. */
    LocalDate dueOn(OffsetDateTime receivedAt) {
        return calendar.addWorkingDays(date(receivedAt), replyDays());
    }

    /**
     * Working days left until {@code dueOn}: 0 on the due date itself, negative once overdue (the
     * working days since the due date).
     */
    public int daysLeft(LocalDate dueOn) {
        LocalDate today = today();
        return today.isAfter(dueOn) ? -calendar.workingDaysBetween(dueOn, today) : calendar.workingDaysBetween(today, dueOn);
    }

    public boolean isOverdue(Message m) {
        return m.state.isOpen() && today().isAfter(m.dueOn);
    }

    public boolean isRedFlag(Message m) {
        return m.state.isOpen() && !date(m.receivedAt).isAfter(today().minusMonths(RED_FLAG_MONTHS));
    }

    /** Open messages received before this instant are flagged red: received on or before the day three months ago. */
    OffsetDateTime redFlagBefore() {
        return today().minusMonths(RED_FLAG_MONTHS).plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    /** Open messages of the current county past their due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long overdueCount() {
        return em.createQuery("SELECT count(m) FROM Message m WHERE m.state IN :open AND m.dueOn < :today", Long.class)
                .setParameter("open", Messages.OPEN).setParameter("today", today()).getSingleResult();
    }

    /**
     * The current county's open messages past their due date, longest overdue first (at most 500),
     * for the self-inspection. Runs in the current tenant.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RedFlag> overdue() {
        List<Message> found = em.createQuery("FROM Message m WHERE m.state IN :open AND m.dueOn < :today"
                + " ORDER BY m.dueOn, m.id", Message.class)
                .setParameter("open", Messages.OPEN).setParameter("today", today()).setMaxResults(500).getResultList();
        return found.stream().map(m -> new RedFlag(m.getId(), m.title, messages.handlerName(m), m.receivedAt, m.dueOn,
                -daysLeft(m.dueOn))).toList();
    }

    /**
     * The current county's messages unanswered for three months or more, oldest first. Runs in the
     * current tenant; the city console calls it once per county.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RedFlag> redFlags() {
        OffsetDateTime before = redFlagBefore();
        List<Message> found = em.createQuery("FROM Message m WHERE m.state IN :open AND m.receivedAt < :before"
                + " ORDER BY m.receivedAt, m.id", Message.class)
                .setParameter("open", Messages.OPEN).setParameter("before", before).setMaxResults(500).getResultList();
        return found.stream().filter(this::isRedFlag).map(m -> new RedFlag(m.getId(), m.title,
                messages.handlerName(m), m.receivedAt, m.dueOn, -daysLeft(m.dueOn))).toList();
    }
}
