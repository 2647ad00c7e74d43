package cn.gov.baoji.portal.admin.backoffice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.content.WorkList;
import cn.gov.baoji.portal.core.message.MessageQueues;
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
    private final MessageQueues messageQueues;
    private final Caller caller;
    private final TenantContext tenant;
    private final ApplicationQueues applicationQueues;
    private final ServiceGuides guides;
    private WorkList.Counts counts;
    private MessageQueues.Counts messages;
    private ApplicationQueues.Counts applications;

    WorkCounts(WorkList work, MessageQueues messageQueues, Caller caller, TenantContext tenant,
            ApplicationQueues applicationQueues, ServiceGuides guides) {
        this.work = work;
        this.messageQueues = messageQueues;
        this.caller = caller;
        this.tenant = tenant;
        this.applicationQueues = applicationQueues;
        this.guides = guides;
    }

    public WorkList.Counts getCounts() {
        if (counts == null) {
            counts = work.counts(caller.actor());
        }
        return counts;
    }

    /** The caller's messages: to accept and to approve (county editors), open and overdue (their scope). */
    public MessageQueues.Counts getMessages() {
        if (messages == null) {
            messages = messageQueues.counts(caller.actor());
        }
        return messages;
    }

    /**
     * Whether the caller drafts replies for a department (an information officer or department reviewer
     * bound to one): they get their department's open messages.
     */
    public boolean isMessageOfficer() {
        return !getMessages().countyEditor() && caller.bindings().departmentIn(tenant.require().code()).isPresent();
    }

    /** Whether messages concern the caller at all. */
    public boolean isHandlesMessages() {
        return getMessages().countyEditor() || isMessageOfficer();
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

    /** Whether the person maintains service guides (editors and webmasters). */
    public boolean isEditor() {
        return caller.bindings().allows(tenant.require().code(), Role.EDITOR);
    }

    /** Service guides that lack an element; only the home page asks, so it is not computed on every page. */
    public long getIncompleteGuides() {
        return guides.incompleteCount(caller.actor());
    }
}
