package cn.gov.baoji.portal.core.message;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * What the back office lists: messages awaiting acceptance, a department's open messages with the
 * working days left, replies awaiting approval, any message with its history, and the counts for
 * the navigation. County editors see the whole county, a department's officers their department's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MessageQueues {

    public static final int MAX_SIZE = 100;

    private final EntityManager em;
    private final Messages messages;
    private final MessageViews views;
    private final MessageDeadlines deadlines;
    private final MessageAttachments attachments;

    MessageQueues(EntityManager em, Messages messages, MessageViews views, MessageDeadlines deadlines,
            MessageAttachments attachments) {
        this.attachments = attachments;
        this.em = em;
        this.messages = messages;
        this.views = views;
        this.deadlines = deadlines;
    }

    /**
     * How much waits for the caller; zero for lists that are not theirs.
     *
     * @param open open messages of the caller's department (county editors: of the whole county)
     * @param overdue of those, past their due date
     * @param redFlags unanswered for three months, in the caller's scope
     */
    public record Counts(long awaitingAcceptance, long open, long awaitingApproval, long overdue, long redFlags,
            boolean countyEditor) {
    }

    /** A back-office search; every field may be null. */
    public record Filter(MessageState state, MessageKind kind, String department, Boolean overdue, int page, int size) {
    }

    public Counts counts(Actor actor) {
        MessagePolicy policy = messages.policy(actor);
        boolean editor = policy.isCountyEditor();
        Optional<Long> own = ownDepartmentId(policy);
        if (!editor && own.isEmpty()) {
            return new Counts(0, 0, 0, 0, 0, false);
        }
        Map<String, Object> scope = new HashMap<>();
        String in = own.map(id -> {
            scope.put("own", id);
            return " AND m.departmentId = :own";
        }).orElse("");
        long open = count("m.state IN :open" + in, with(scope, "open", Messages.OPEN));
        long overdue = count("m.state IN :open AND m.dueOn < :today" + in,
                with(with(scope, "open", Messages.OPEN), "today", deadlines.today()));
        long red = count("m.state IN :open AND m.receivedAt < :before" + in,
                with(with(scope, "open", Messages.OPEN), "before", deadlines.redFlagBefore()));
        return new Counts(editor ? count("m.state = :s", Map.of("s", MessageState.RECEIVED)) : 0, open,
                editor ? count("m.state = :s", Map.of("s", MessageState.DRAFTED)) : 0, overdue, red, editor);
    }

    /** Received messages waiting to be accepted or rejected, oldest first (county editors). */
    public MessagePage<MessageRow> awaitingAcceptance(Actor actor, int page, int size) {
        messages.policy(actor).requireCountyEditor();
        return list(new Filter(MessageState.RECEIVED, null, null, null, page, size), null);
    }

    /** Drafted replies waiting for approval, oldest first (county editors). */
    public MessagePage<MessageRow> awaitingApproval(Actor actor, int page, int size) {
        messages.policy(actor).requireCountyEditor();
        return list(new Filter(MessageState.DRAFTED, null, null, null, page, size), null);
    }

    /**
     * Open messages (accepted or drafted) of a department with the working days left, soonest due
     * first. A department's officer always gets their own department's; a county editor the one
     * named, or all departments' when {@code departmentCode} is null.
     */
    public MessagePage<MessageRow> open(Actor actor, String departmentCode, int page, int size) {
        MessagePolicy policy = messages.policy(actor);
        policy.requireBackOffice();
        Long departmentId = ownDepartmentId(policy)
                .orElseGet(() -> departmentCode == null ? null : messages.routable(departmentCode, "department").getId());
        return list(new Filter(null, null, null, null, page, size), departmentId, MessageState.ACCEPTED, MessageState.DRAFTED);
    }

    /** Any messages in the caller's scope, filtered; newest first. */
    public MessagePage<MessageRow> search(Actor actor, Filter filter) {
        MessagePolicy policy = messages.policy(actor);
        policy.requireBackOffice();
        Long departmentId = ownDepartmentId(policy).orElseGet(
                () -> filter.department() == null ? null : messages.routable(filter.department(), "department").getId());
        return list(filter, departmentId);
    }

    /** One message with its history; department officers only for messages their department handles now. */
    public MessageDetail detail(Actor actor, long id) {
        Message m = messages.require(id);
        Department handler = messages.department(m.departmentId);
        messages.policy(actor).requireSee(handler == null ? null : handler.getCode());
        return views.detail(m);
    }

    /** A file of a message the caller may see, public or not: for the back office's own view. */
    public Optional<MessageFile> file(Actor actor, long messageId, long attachmentId) {
        Message m = messages.require(messageId);
        Department handler = messages.department(m.departmentId);
        messages.policy(actor).requireSee(handler == null ? null : handler.getCode());
        return attachments.file(messageId, attachmentId, false);
    }

    /** The message with a query code a citizen reads out on the phone (county editors). */
    public Optional<MessageDetail> byQueryCode(Actor actor, String queryCode) {
        messages.policy(actor).requireCountyEditor();
        return QueryCodes.normalize(queryCode).flatMap(code -> em.createQuery("FROM Message WHERE queryCode = :c", Message.class)
                .setParameter("c", code).getResultStream().findFirst()).map(views::detail);
    }

    private MessagePage<MessageRow> list(Filter filter, Long departmentId, MessageState... states) {
        int size = Math.max(1, Math.min(MAX_SIZE, filter.size()));
        int page = Math.max(1, filter.page());
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (states.length > 0) {
            where.append(" AND m.state IN :states");
            params.put("states", List.of(states));
        } else if (filter.state() != null) {
            where.append(" AND m.state = :state");
            params.put("state", filter.state());
        }
        if (filter.kind() != null) {
            where.append(" AND m.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (departmentId != null) {
            where.append(" AND m.departmentId = :department");
            params.put("department", departmentId);
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" AND m.state IN :open AND m.dueOn < :today");
            params.put("open", Messages.OPEN);
            params.put("today", deadlines.today());
        }
        boolean queue = states.length > 0 || filter.state() == MessageState.RECEIVED || filter.state() == MessageState.DRAFTED;
        String order = states.length > 0 ? " ORDER BY m.dueOn, m.id" : queue ? " ORDER BY m.receivedAt, m.id"
                : " ORDER BY m.receivedAt DESC, m.id DESC";
        long total = count(where.toString(), params);
        TypedQuery<Message> query = em.createQuery("SELECT m FROM Message m WHERE " + where + order, Message.class);
        params.forEach(query::setParameter);
        List<Message> found = query.setFirstResult((page - 1) * size).setMaxResults(size).getResultList();
        return new MessagePage<>(views.rows(found), total, page, size);
    }

    private Optional<Long> ownDepartmentId(MessagePolicy policy) {
        // A department that no longer exists matches nothing (and not everything).
        return policy.ownDepartment().map(code -> messages.departmentId(code).orElse(-1L));
    }

    private long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("SELECT count(m) FROM Message m WHERE " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(key, value);
        return copy;
    }
}
