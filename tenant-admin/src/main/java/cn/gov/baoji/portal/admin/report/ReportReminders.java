package cn.gov.baoji.portal.admin.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.report.AnnualReports;
import cn.gov.baoji.portal.core.report.ReportReminder;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;

/**
 * The annual-report reminders ({@code inject:reportReminders} in the back-office home and the
 * console dashboard): last year's report, from 1 January until it is published.
 */
@Named("reportReminders")
@RequestScoped
public class ReportReminders {

    private final AnnualReports reports;
    private final TenantContext tenant;
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final Caller caller;

    ReportReminders(AnnualReports reports, TenantContext tenant, TenantDirectory directory, TenantScope scope, Caller caller) {
        this.reports = reports;
        this.tenant = tenant;
        this.directory = directory;
        this.scope = scope;
        this.caller = caller;
    }

    /** The host county's reminder for its webmaster; null when there is none (or the caller is not one). */
    public ReportReminder getCounty() {
        TenantInfo county = tenant.require();
        if (!caller.bindings().allows(county.code(), Role.WEBMASTER)) {
            return null;
        }
        return reports.reminder().orElse(null);
    }

    /** Every served county whose last year's report is not published yet. */
    public List<ReportReminder> getCounties() {
        List<ReportReminder> due = new ArrayList<>();
        for (TenantInfo county : directory.all()) {
            if (county.isServed()) {
                scope.call(county.code(), reports::reminder).ifPresent(due::add);
            }
        }
        due.sort((a, b) -> a.county().compareTo(b.county()));
        return due;
    }
}
