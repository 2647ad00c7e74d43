package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.security.Actor;

/**
 * The handling department's steps: accept, ask for more material (补正: the clock stops until the
 * applicant adds it), approve with the result, or refuse with the reason. Every step checks who may
 * take it and in which state, and is recorded with who, when and the comment the applicant reads.
 */
@ApplicationScoped
public class ApplicationWorkflow {

    private final Applications applications;
    private final ApplicationViews views;
    private final ApplicationClock clock;
    private final PublicContentVersion publicVersion;

    ApplicationWorkflow(Applications applications, ApplicationViews views, ApplicationClock clock,
            PublicContentVersion publicVersion) {
        this.applications = applications;
        this.views = views;
        this.clock = clock;
        this.publicVersion = publicVersion;
    }

    @Transactional
    public ApplicationDetail accept(long id, Actor actor, String comment) {
        Application a = handled(id, actor);
        requireState(a, "受理", ApplicationState.SUBMITTED);
        OffsetDateTime now = clock.now();
        a.state = ApplicationState.ACCEPTED;
        a.acceptedAt = now;
        applications.record(a, ApplicationStep.ACCEPT, actor, now, optional(comment));
        return views.detail(a);
    }

    /** Asks the applicant for more material, saying what is missing; the clock stops from the next day. */
    @Transactional
    public ApplicationDetail requestMaterial(long id, Actor actor, String missing) {
        Application a = handled(id, actor);
        requireState(a, "要求补正", ApplicationState.SUBMITTED, ApplicationState.ACCEPTED);
        String what = ApplicationRules.text("comment", missing, ApplicationRules.MAX_COMMENT, true, "需要补正的材料").orElseThrow();
        OffsetDateTime now = clock.now();
        a.resumeState = a.state;
        a.state = ApplicationState.AWAITING_MATERIAL;
        a.pausedSince = ApplicationClock.date(now);
        a.dueOn = null;
        a.materialRequest = what;
        applications.record(a, ApplicationStep.REQUEST_MATERIAL, actor, now, what);
        return views.detail(a);
    }

    /** Approves an accepted application; it then shows in the public results. */
    @Transactional
    public ApplicationDetail approve(long id, Actor actor, String result) {
        Application a = handled(id, actor);
        requireState(a, "办结", ApplicationState.ACCEPTED);
        String text = ApplicationRules.text("comment", result, ApplicationRules.MAX_COMMENT, false, "办理结果")
                .orElse("准予办理。");
        complete(a, ApplicationState.APPROVED, text);
        applications.record(a, ApplicationStep.APPROVE, actor, a.completedAt, text);
        return views.detail(a);
    }

    /** Refuses an application at any open stage, with the reason the applicant reads. */
    @Transactional
    public ApplicationDetail refuse(long id, Actor actor, String reason) {
        Application a = handled(id, actor);
        requireState(a, "作不予办理决定", ApplicationState.SUBMITTED, ApplicationState.ACCEPTED,
                ApplicationState.AWAITING_MATERIAL);
        String why = ApplicationRules.text("comment", reason, ApplicationRules.MAX_COMMENT, true, "不予办理的理由").orElseThrow();
        complete(a, ApplicationState.REFUSED, why);
        applications.record(a, ApplicationStep.REFUSE, actor, a.completedAt, why);
        return views.detail(a);
    }

    private void complete(Application a, ApplicationState state, String text) {
        OffsetDateTime now = clock.now();
        LocalDate today = ApplicationClock.date(now);
        if (a.pausedSince != null) {
            // Decided while waiting for material: the wait does not count against the department.
            a.pausedDays += clock.pauseLength(a.pausedSince, today);
            a.pausedSince = null;
            a.resumeState = null;
            a.dueOn = clock.dueOn(ApplicationClock.date(a.receivedAt), a.timeLimitDays, a.pausedDays);
        }
        a.state = state;
        a.result = text;
        a.materialRequest = null;
        a.completedAt = now;
        a.elapsedDays = clock.elapsed(ApplicationClock.date(a.receivedAt), a.pausedDays, null, today);
        a.onTime = a.elapsedDays <= a.timeLimitDays;
        // The public results and figures change.
        publicVersion.changed();
    }

    private Application handled(long id, Actor actor) {
        Application a = applications.require(id);
        ApplicationPolicy policy = applications.policy(actor);
        if (!policy.handles(a.departmentCode)) {
            // Another department's application does not exist for this caller.
            policy.requireBackOffice();
            throw new cn.gov.baoji.portal.core.error.NotFoundException("申报件不存在");
        }
        return a;
    }

    private static String optional(String comment) {
        return ApplicationRules.text("comment", comment, ApplicationRules.MAX_COMMENT, false, "意见").orElse(null);
    }

    private static void requireState(Application a, String action, ApplicationState... allowed) {
        for (ApplicationState s : allowed) {
            if (a.state == s) {
                return;
            }
        }
        throw new ConflictException("申报件处于“" + a.state.label() + "”状态，不能" + action + "。");
    }
}
