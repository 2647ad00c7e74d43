package cn.gov.baoji.portal.core.message;

import java.util.Optional;

import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Who may do what with the county's messages. The county editor (an editor bound to no department)
 * and the webmaster accept, route, reject, transfer, approve and return; the information officer
 * of the handling department (a contributor, or a department reviewer, bound to it) drafts the reply.
 */
final class MessagePolicy {

    private final TenantCode tenant;
    private final AccessBindings bindings;

    MessagePolicy(TenantCode tenant, Actor actor) {
        this.tenant = tenant;
        this.bindings = actor.bindings();
    }

    boolean isCountyEditor() {
        return bindings.allows(tenant, Role.WEBMASTER)
                || (bindings.allows(tenant, Role.EDITOR) && bindings.departmentIn(tenant).isEmpty());
    }

    void requireCountyEditor() {
        if (!isCountyEditor()) {
            throw new AccessDeniedException("只有区县审核员或站点管理员可以受理、转办和审核留言。");
        }
    }

    void requireWebmaster() {
        if (!bindings.allows(tenant, Role.WEBMASTER)) {
            throw new AccessDeniedException("只有站点管理员可以修改留言办理时限。");
        }
    }

    /** The department whose messages the caller handles, if bound to one (and not county-wide). */
    Optional<String> ownDepartment() {
        if (isCountyEditor() || !bindings.allows(tenant, Role.CONTRIBUTOR)) {
            return Optional.empty();
        }
        return bindings.departmentIn(tenant);
    }

    void requireDrafter(String departmentCode) {
        if (!ownDepartment().map(d -> d.equals(departmentCode)).orElse(false)) {
            throw new AccessDeniedException("只有承办部门的信息员可以拟写答复。");
        }
    }

    /** County editors see every message; a department's people only those it handles now. */
    void requireSee(String departmentCode) {
        if (isCountyEditor()) {
            return;
        }
        if (departmentCode == null || !ownDepartment().map(d -> d.equals(departmentCode)).orElse(false)) {
            throw new AccessDeniedException("您只能查看本部门承办的留言。");
        }
    }

    /** The message lists are for county editors and department officers. */
    void requireBackOffice() {
        if (!isCountyEditor() && ownDepartment().isEmpty()) {
            throw new AccessDeniedException("您没有办理留言的权限。");
        }
    }
}
