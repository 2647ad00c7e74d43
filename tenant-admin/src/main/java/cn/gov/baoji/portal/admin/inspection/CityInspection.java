package cn.gov.baoji.portal.admin.inspection;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.admin.tenant.SiteLinks;
import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.inspection.InspectionReport;
import cn.gov.baoji.portal.core.inspection.InspectionViews.FindingView;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Overview;
import cn.gov.baoji.portal.core.inspection.InspectionViews.Summary;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.core.tenant.TenantStore.Registration;

/** The self-inspection of every county, as the city console sees it: one county's schema at a time. */
@ApplicationScoped
public class CityInspection {

    private final TenantStore store;
    private final TenantScope scope;
    private final InspectionReport report;
    private final CountyRuns countyRuns;

    CityInspection(TenantStore store, TenantScope scope, InspectionReport report, CountyRuns countyRuns) {
        this.store = store;
        this.scope = scope;
        this.report = report;
        this.countyRuns = countyRuns;
    }

    /**
     * A county's line: its summary (null while it is being provisioned) and its site's address, under
     * which its back office lives.
     */
    public record CountyLine(String code, String siteName, String statusLabel, Summary summary, String siteUrl) {
    }

    /** One county's findings for the console, with links into its own back office. */
    public record CountyPage(CountyLine county, Overview overview, List<FindingView> history) {
    }

    public List<CountyLine> lines(int port) {
        return store.findAll().stream().map(r -> line(r, port)).toList();
    }

    public CountyPage county(String code, int port) {
        Registration r = registration(code);
        CountyLine line = line(r, port);
        if (line.summary() == null) {
            return new CountyPage(line, null, List.of());
        }
        return scope.call(r.tenant().code(), () -> new CountyPage(line, report.overview(null), report.history()));
    }

    public Overview overview(String code) {
        Registration r = served(code);
        return scope.call(r.tenant().code(), () -> report.overview(null));
    }

    public List<FindingView> history(String code) {
        Registration r = served(code);
        return scope.call(r.tenant().code(), report::history);
    }

    /** Starts inspecting one county in the background (as its webmaster's 立即自查 does); the run under way. */
    public CountyRuns.Running run(String code, String by) {
        return countyRuns.start(served(code).tenant().code(), by);
    }

    /** Starts inspecting every served county in the background; false if such a run is still going. */
    public boolean runAll(String by) {
        return countyRuns.startAll(store.findAll().stream().filter(r -> r.tenant().isServed()).map(r -> r.tenant().code())
                .toList(), by);
    }

    private Registration registration(String code) {
        TenantCode c;
        try {
            c = TenantCode.of(code);
        } catch (RuntimeException e) {
            throw new NotFoundException("站点不存在。");
        }
        return store.find(c).orElseThrow(() -> new NotFoundException("站点不存在：" + code));
    }

    private Registration served(String code) {
        Registration r = registration(code);
        if (r.tenant().status() == TenantStatus.PROVISIONING) {
            throw new NotFoundException("站点尚未开通完成：" + code);
        }
        return r;
    }

    private CountyLine line(Registration r, int port) {
        String status = switch (r.tenant().status()) {
            case ACTIVE -> "运行中";
            case SUSPENDED -> "已暂停";
            case PROVISIONING -> "开通中";
        };
        String url = SiteLinks.url(r.domains(), port);
        Summary summary = r.tenant().status() == TenantStatus.PROVISIONING ? null
                : scope.call(r.tenant().code(), report::summary);
        return new CountyLine(r.tenant().code().value(), r.tenant().siteName(), status, summary, url);
    }

    /** A county's single-veto count, for the console home; empty while it is being provisioned or never inspected. */
    public Optional<Integer> veto(List<CountyLine> lines, String code) {
        return lines.stream().filter(l -> l.code().equals(code) && l.summary() != null && l.summary().lastRun() != null)
                .findFirst()
                .map(l -> l.summary().veto());
    }
}
