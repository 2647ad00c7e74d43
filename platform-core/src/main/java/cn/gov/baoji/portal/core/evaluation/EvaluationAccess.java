package cn.gov.baoji.portal.core.evaluation;

import java.util.Optional;

import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Who sees what of a county's evaluation: the city office, the webmaster and the county's editors
 * (not bound to a department) the whole county; an account bound to a department only that
 * department's line.
 */
public final class EvaluationAccess {

    private EvaluationAccess() {
    }

    /**
     * The department the actor is limited to, or empty for the whole county.
     *
     * @throws AccessDeniedException for a contributor bound to no department, and for other counties' accounts
     */
    public static Optional<String> departmentOnly(Actor actor, TenantCode county) {
        var bindings = actor.bindings();
        if (bindings.allows(county, Role.WEBMASTER)) {
            return Optional.empty();
        }
        Optional<String> department = bindings.departmentIn(county);
        if (department.isPresent() && bindings.allows(county, Role.CONTRIBUTOR)) {
            return department;
        }
        if (bindings.allows(county, Role.EDITOR)) {
            return Optional.empty();
        }
        throw new AccessDeniedException("没有权限查看本区县的绩效评估。");
    }
}
