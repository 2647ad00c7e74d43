package cn.gov.baoji.portal.core.application;

import java.util.Optional;

import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Who may see and handle the county's applications. They carry personal data, so only two kinds
 * of people do: the county's webmaster (every application; also edits the forms) and the officers
 * of the department that handles the item (信息员 and 审核员 bound to it: its applications only).
 * A county-wide editor without a department sees none.
 */
final class ApplicationPolicy {

    private final TenantCode tenant;
    private final AccessBindings bindings;

    ApplicationPolicy(TenantCode tenant, Actor actor) {
        this.tenant = tenant;
        this.bindings = actor.bindings();
    }

    boolean isWebmaster() {
        return bindings.allows(tenant, Role.WEBMASTER);
    }

    /** The department whose applications the caller handles, unless they are the webmaster. */
    Optional<String> ownDepartment() {
        if (isWebmaster() || !bindings.allows(tenant, Role.CONTRIBUTOR)) {
            return Optional.empty();
        }
        return bindings.departmentIn(tenant);
    }

    boolean handles(String departmentCode) {
        return isWebmaster() || ownDepartment().map(d -> d.equals(departmentCode)).orElse(false);
    }

    void requireWebmaster() {
        if (!isWebmaster()) {
            throw new AccessDeniedException("只有站点管理员可以修改在线申报表单。");
        }
    }

    void requireBackOffice() {
        if (!isWebmaster() && ownDepartment().isEmpty()) {
            throw new AccessDeniedException("您没有办理在线申报的权限：只有事项承办部门的工作人员和站点管理员可以查看申报件。");
        }
    }

    void requireHandler(String departmentCode) {
        if (!handles(departmentCode)) {
            throw new AccessDeniedException("您只能查看和办理本部门承办事项的申报件。");
        }
    }
}
