package cn.gov.baoji.portal.core.consultation;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * Who does what with the county's consultations: the webmaster writes, publishes and answers them;
 * comments are moderated at the county level (county editors and the webmaster), not by
 * department reviewers, since a consultation speaks for the county.
 */
@ApplicationScoped
public class ConsultationPolicy {

    private final TenantContext tenant;

    ConsultationPolicy(TenantContext tenant) {
        this.tenant = tenant;
    }

    public boolean isWebmaster(Actor actor) {
        return actor.bindings().allows(code(), Role.WEBMASTER);
    }

    public boolean isModerator(Actor actor) {
        TenantCode code = code();
        return actor.bindings().allows(code, Role.WEBMASTER)
                || actor.bindings().allows(code, Role.EDITOR) && actor.bindings().departmentIn(code).isEmpty();
    }

    void requireWebmaster(Actor actor) {
        if (!isWebmaster(actor)) {
            throw new AccessDeniedException("只有站点管理员可以编辑、发布意见征集和反馈。");
        }
    }

    void requireModerator(Actor actor) {
        if (!isModerator(actor)) {
            throw new AccessDeniedException("只有区县审核员或站点管理员可以审核征集意见。");
        }
    }

    private TenantCode code() {
        return tenant.require().code();
    }
}
