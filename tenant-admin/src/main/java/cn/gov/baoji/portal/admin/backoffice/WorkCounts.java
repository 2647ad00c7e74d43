package cn.gov.baoji.portal.admin.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.content.WorkList;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * What the back-office navigation shows on every page ({@code inject:workCounts} in
 * {@code BackOfficePages/nav.html}): the signed-in person's counts, computed at most once per request,
 * and which links concern them.
 */
@Named("workCounts")
@RequestScoped
public class WorkCounts {

    private final WorkList work;
    private final Caller caller;
    private final TenantContext tenant;
    private final ServiceGuides guides;
    private WorkList.Counts counts;

    WorkCounts(WorkList work, Caller caller, TenantContext tenant, ServiceGuides guides) {
        this.work = work;
        this.caller = caller;
        this.tenant = tenant;
        this.guides = guides;
    }

    public WorkList.Counts getCounts() {
        if (counts == null) {
            counts = work.counts(caller.actor());
        }
        return counts;
    }

    public boolean isWebmaster() {
        return caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
    }

    /** Whether the person maintains service guides (editors and webmasters). */
    public boolean isEditor() {
        return caller.bindings().allows(tenant.require().code(), Role.EDITOR);
    }

    /** Service guides that lack an element; only the home page asks, so it is not computed on every page. */
    public long getIncompleteGuides() {
        return guides.incompleteCount(caller.actor());
    }
}
