package cn.gov.baoji.portal.core.content;

import java.util.Optional;

import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/**
 * Who may do what with an article of a county. Contributors and department reviewers are bound to
 * one department; county editors (editors without a department), webmasters and the city office
 * act on the whole county. With two review levels the department reviewer approves first, then a
 * county editor; with one level a county editor alone.
 */
final class ArticlePolicy {

    private final TenantCode tenant;
    private final AccessBindings bindings;

    ArticlePolicy(TenantCode tenant, Actor actor) {
        this.tenant = tenant;
        this.bindings = actor.bindings();
    }

    /** The department the caller is limited to, if any. */
    Optional<String> ownDepartment() {
        if (isCountyWide()) {
            return Optional.empty();
        }
        return bindings.departmentIn(tenant);
    }

    boolean isCountyWide() {
        if (bindings.allows(tenant, Role.WEBMASTER)) {
            return true;
        }
        return bindings.allows(tenant, Role.EDITOR) && bindings.departmentIn(tenant).isEmpty();
    }

    void requireWrite(String departmentCode) {
        if (!bindings.allows(tenant, Role.CONTRIBUTOR)) {
            throw new AccessDeniedException("您没有本站点的信息报送权限。");
        }
        if (!isCountyWide() && !ownDepartment().map(departmentCode::equals).orElse(false)) {
            throw new AccessDeniedException("您只能报送和修改本部门的稿件。");
        }
    }

    void requireSee(String departmentCode) {
        requireWrite(departmentCode);
    }

    /** Review at {@code level} of a channel needing {@code levels} levels. */
    void requireReview(int level, int levels, String departmentCode) {
        boolean departmentStage = levels == 2 && level == 1;
        if (bindings.allows(tenant, Role.WEBMASTER)) {
            return;
        }
        if (!bindings.allows(tenant, Role.EDITOR)) {
            throw new AccessDeniedException("只有审核员可以审核稿件。");
        }
        Optional<String> reviewsFor = bindings.departmentIn(tenant);
        if (departmentStage && !reviewsFor.map(departmentCode::equals).orElse(false)) {
            throw new AccessDeniedException("这一级由本部门审核员审核。");
        }
        if (!departmentStage && reviewsFor.isPresent()) {
            throw new AccessDeniedException("这一级由区县审核员审核。");
        }
    }

    /** Review queues are for reviewers: editors, department reviewers and the webmaster. */
    void requireReviewer() {
        if (!bindings.allows(tenant, Role.WEBMASTER) && !bindings.allows(tenant, Role.EDITOR)) {
            throw new AccessDeniedException("只有审核员可以审核稿件。");
        }
    }

    /** Whether the caller publishes, withdraws and revises (the county level). */
    boolean isCountyEditor() {
        return isCountyWide() && bindings.allows(tenant, Role.EDITOR);
    }

    /** Publishing, withdrawing and revising belong to the county level. */
    void requireCountyEditor() {
        if (!isCountyEditor()) {
            throw new AccessDeniedException("只有区县审核员或站点管理员可以发布、撤回或修订稿件。");
        }
    }

    /**
     * Which pending articles at {@code level} the caller reviews, as a query asks it (the same rule as
     * {@link #requireReview}): none, all, or only those of channels with {@code channelLevels} levels
     * and, for a department reviewer, of {@code department}.
     */
    ReviewScope reviewScope(int level) {
        if (bindings.allows(tenant, Role.WEBMASTER)) {
            return new ReviewScope(true, null, null);
        }
        if (!bindings.allows(tenant, Role.EDITOR)) {
            return ReviewScope.NONE;
        }
        Optional<String> reviewsFor = bindings.departmentIn(tenant);
        if (reviewsFor.isPresent()) {
            return level == 1 ? new ReviewScope(true, 2, reviewsFor.get()) : ReviewScope.NONE;
        }
        return level == 1 ? new ReviewScope(true, 1, null) : new ReviewScope(true, 2, null);
    }

    /** See {@link #reviewScope}. */
    record ReviewScope(boolean any, Integer channelLevels, String department) {
        static final ReviewScope NONE = new ReviewScope(false, null, null);
    }
}
