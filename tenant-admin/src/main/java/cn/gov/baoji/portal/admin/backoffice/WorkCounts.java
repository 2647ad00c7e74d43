package cn.gov.baoji.portal.admin.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.content.WorkList;
import cn.gov.baoji.portal.core.security.Role;
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
    private final ApplicationQueues applicationQueues;
    private WorkList.Counts counts;
    private ApplicationQueues.Counts applications;

    WorkCounts(WorkList work, Caller caller, TenantContext tenant, ApplicationQueues applicationQueues) {
        this.work = work;
        this.caller = caller;
        this.tenant = tenant;
        this.applicationQueues = applicationQueues;
    }

    public WorkList.Counts getCounts() {
        if (counts == null) {
            counts = work.counts(caller.actor());
        }
        return counts;
    }

    /** Online applications waiting for the caller's department (the webmaster: the county's). */
    public ApplicationQueues.Counts getApplications() {
        if (applications == null) {
            applications = applicationQueues.counts(caller.actor());
        }
        return applications;
    }

    public boolean isWebmaster() {
        return caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
    }
}
