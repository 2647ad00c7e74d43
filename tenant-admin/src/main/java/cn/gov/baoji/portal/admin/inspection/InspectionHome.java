package cn.gov.baoji.portal.admin.inspection;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import cn.gov.baoji.portal.admin.security.Caller;
import cn.gov.baoji.portal.core.department.Department;
import cn.gov.baoji.portal.core.department.DepartmentService;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.security.Role;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The self-inspection's part of the back-office home ({@code inject:inspectionHome}): the county's
 * single-veto risks in red, for its webmasters and editors; read at most once per request. An account
 * bound to one department (部门审核员) sees only the findings that department is responsible for: the
 * others may name other departments' unpublished citizen messages. Webmasters and county-wide editors
 * see all.
 */
@Named("inspectionHome")
@RequestScoped
public class InspectionHome {

    private final InspectionReport report;
    private final Caller caller;
    private final TenantContext tenant;
    private final DepartmentService departments;
    private Overview overview;
    private List<FindingView> findings;

    InspectionHome(InspectionReport report, Caller caller, TenantContext tenant, DepartmentService departments) {
        this.report = report;
        this.caller = caller;
        this.tenant = tenant;
        this.departments = departments;
    }

    /** Whether the caller sees the self-inspection (county editors and webmasters). */
    public boolean isShown() {
        return caller.bindings().allows(tenant.require().code(), Role.EDITOR);
    }

    /** Whether the caller may open the 网站自查 page. */
    public boolean isWebmaster() {
        return caller.bindings().allows(tenant.require().code(), Role.WEBMASTER);
    }

    /** The name of the one department the caller answers for, or null when they see the whole county. */
    public String getDepartment() {
        return boundDepartment().map(d -> departments.byCode(d).map(Department::getName).orElse(d)).orElse(null);
    }

    private Optional<String> boundDepartment() {
        TenantCode code = tenant.require().code();
        return caller.bindings().allows(code, Role.WEBMASTER) ? Optional.empty() : caller.bindings().departmentIn(code);
    }

    public int getOpen() {
        return findings().size();
    }

    public List<FindingView> getVetoes() {
        return findings().stream().filter(FindingView::veto).toList();
    }

    public boolean isInspected() {
        return overview().summary().lastRun() != null;
    }

    private List<FindingView> findings() {
        if (findings == null) {
            // Findings name their department; one that no longer exists matches none: nothing, never all.
            Optional<String> department = boundDepartment()
                    .map(d -> departments.byCode(d).map(Department::getName).orElse("\u0000" + d));
            findings = overview().findings().stream()
                    .filter(f -> department.isEmpty() || department.get().equals(f.department())).toList();
        }
        return findings;
    }

    private Overview overview() {
        if (overview == null) {
            overview = report.overview(null);
        }
        return overview;
    }
}
