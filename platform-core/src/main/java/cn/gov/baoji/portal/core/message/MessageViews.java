package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;

/** Turns stored messages into what the back office reads, times as Beijing reads clocks. */
@ApplicationScoped
class MessageViews {

    private final EntityManager em;
    private final Messages messages;
    private final MessageDeadlines deadlines;
    private final DepartmentService departments;
    private final MessageAttachments attachments;

    MessageViews(EntityManager em, Messages messages, MessageDeadlines deadlines, DepartmentService departments,
            MessageAttachments attachments) {
        this.attachments = attachments;
        this.em = em;
        this.messages = messages;
        this.deadlines = deadlines;
        this.departments = departments;
    }

    MessageDetail detail(Message m) {
        Map<Long, Department> byId = departmentsById();
        List<MessageDetail.Event> events = em.createQuery("FROM MessageEvent WHERE messageId = :m ORDER BY id", MessageEvent.class)
                .setParameter("m", m.getId()).getResultList().stream()
                .map(e -> new MessageDetail.Event(e.getStep().name(), e.getStep().label(), e.getActorName(), local(e.getAt()),
                        e.getComment(), name(byId.get(e.getFromDepartmentId())), name(byId.get(e.getToDepartmentId()))))
                .toList();
        Department handler = m.departmentId == null ? null : byId.get(m.departmentId);
        boolean open = m.state.isOpen();
        return new MessageDetail(m.getId(), QueryCodes.grouped(m.queryCode), m.kind.key(), m.kind.label(), m.addressee,
                messages.addresseeName(m), handler == null ? null : handler.getCode(), name(handler), m.title, m.content,
                m.name, m.phone, m.email, m.publishAllowed, m.published, m.state.name(), m.state.label(), local(m.receivedAt),
                m.dueOn, open ? deadlines.daysLeft(m.dueOn) : null, deadlines.isOverdue(m), deadlines.isRedFlag(m),
                local(m.acceptedAt), local(m.repliedAt), m.reply, m.replyBy, m.invalidReason, m.version, events,
                attachments.listed(m.getId()));
    }

    List<MessageRow> rows(List<Message> found) {
        Map<Long, Department> byId = departmentsById();
        return found.stream().map(m -> {
            Department handler = m.departmentId == null ? null : byId.get(m.departmentId);
            return new MessageRow(m.getId(), m.kind.key(), m.kind.label(), m.title, addresseeName(m, byId),
                    handler == null ? null : handler.getCode(), name(handler), m.state.name(), m.state.label(),
                    local(m.receivedAt), m.dueOn, m.state.isOpen() ? deadlines.daysLeft(m.dueOn) : null,
                    deadlines.isOverdue(m), deadlines.isRedFlag(m));
        }).toList();
    }

    /** Who the citizen wrote to, from departments already read. */
    String addresseeName(Message m, Map<Long, Department> byId) {
        if (Message.LEADER.equals(m.addressee)) {
            return messages.leaderMailbox();
        }
        return byId.values().stream().filter(d -> d.getCode().equals(m.addressee)).map(Department::getName).findFirst()
                .orElse(m.addressee);
    }

    Map<Long, Department> departmentsById() {
        Map<Long, Department> byId = new HashMap<>();
        departments.all().forEach(d -> byId.put(d.getId(), d));
        return byId;
    }

    static OffsetDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(MessageDeadlines.CHINA).toOffsetDateTime();
    }

    private static String name(Department d) {
        return d == null ? null : d.getName();
    }
}
