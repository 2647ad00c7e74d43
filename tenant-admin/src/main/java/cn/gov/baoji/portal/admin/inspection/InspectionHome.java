package cn.gov.baoji.portal.admin.inspection;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The self-inspection's part of the back-office home ({@code inject:inspectionHome}): the county's
 * single-veto risks in red, for its webmasters and editors; read at most once per request.
 */
@Named("inspectionHome")
@RequestScoped
public class InspectionHome {

    private final InspectionReport report;
    private final Caller caller;
    private final TenantContext tenant;
    private Overview overview;

    InspectionHome(InspectionReport report, Caller caller, TenantContext tenant) {
        this.report = report;
        this.caller = caller;
        this.tenant = tenant;
    }

    /** Whether the caller sees the self-inspection (county editors and webmasters). */
    public boolean isShown() {
        return caller.bindings().allows(tenant.require().code(), Role.EDITOR);
    }

    /** Whether the caller may open the 网站自查 page. */
    public boolean isWebmaster() {
        return caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
    }

    public int getOpen() {
        return overview().summary().open();
    }

    public List<FindingView> getVetoes() {
        return overview().findings().stream().filter(FindingView::veto).toList();
    }

    public boolean isInspected() {
        return overview().summary().lastRun() != null;
    }

    private Overview overview() {
        if (overview == null) {
            overview = report.overview(null);
        }
        return overview;
    }
}
