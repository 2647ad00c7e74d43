package cn.gov.baoji.portal.core.message;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/** Lookups shared by the message services; everything runs in the current county's schema. */
@ApplicationScoped
class Messages {

    static final List<MessageState> OPEN = List.of(MessageState.RECEIVED, MessageState.ACCEPTED, MessageState.DRAFTED);

    private final EntityManager em;
    private final DepartmentService departments;
    private final TenantContext tenant;

    Messages(EntityManager em, DepartmentService departments, TenantContext tenant) {
        this.em = em;
        this.departments = departments;
        this.tenant = tenant;
    }

    Message require(long id) {
        Message message = em.find(Message.class, id);
        if (message == null) {
            throw new NotFoundException("留言不存在");
        }
        return message;
    }

    MessagePolicy policy(Actor actor) {
        return new MessagePolicy(tenant.require().code(), actor);
    }

    Department department(Long id) {
        return id == null ? null : departments.byId(id).orElse(null);
    }

    /** A department a message may be routed to; unknown codes are the caller's mistake. */
    Department routable(String code, String field) {
        return departments.byCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new cn.gov.baoji.portal.core.error.InvalidInputException(field, "请选择有效的承办部门"));
    }

    Optional<Long> departmentId(String code) {
        return departments.byCode(code).map(Department::getId);
    }

    /** Whether citizens may address a department: it exists and is shown on the site. */
    boolean isAddressee(String code) {
        return departments.byCode(code).map(Department::isVisible).orElse(false);
    }

    /** The leader's mailbox as the county calls it: 区长信箱 or 县长信箱. */
    String leaderMailbox() {
        return tenant.require().kind().label() + "长信箱";
    }

    /** Who the citizen wrote to. */
    String addresseeName(Message m) {
        if (Message.LEADER.equals(m.addressee)) {
            return leaderMailbox();
        }
        return departments.byCode(m.addressee).map(Department::getName).orElse(m.addressee);
    }

    /** Who handles it now: the routed department, else the addressee. */
    String handlerName(Message m) {
        Department d = department(m.departmentId);
        return d != null ? d.getName() : addresseeName(m);
    }

    void record(Message m, MessageStep step, Actor actor, OffsetDateTime at, String comment, Long from, Long to) {
        em.persist(new MessageEvent(m.getId(), step, actor.subject(), actor.name(), at, comment, from, to));
    }
}
