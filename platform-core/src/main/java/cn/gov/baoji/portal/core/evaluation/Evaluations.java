package cn.gov.baoji.portal.core.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;
import cn.gov.baoji.portal.core.tenant.TenantStore;
import cn.gov.baoji.portal.core.time.ChinaTime;

/**
 * 绩效评估 as each audience sees it: the city every county (ranked), a county's webmaster and county
 * editors their county (departments ranked), a department's account its own line only.
 */
@ApplicationScoped
public class Evaluations {

    private final EvaluationFigures figures;
    private final EvaluationWeights weights;
    private final TenantStore store;
    private final TenantScope scope;
    private final TenantContext tenant;
    private final Clock clock;

    Evaluations(EvaluationFigures figures, EvaluationWeights weights, TenantStore store, TenantScope scope,
            TenantContext tenant, Clock clock) {
        this.figures = figures;
        this.weights = weights;
        this.store = store;
        this.scope = scope;
        this.tenant = tenant;
        this.clock = clock;
    }

    /** Every county's figures, one report each, and the counties' ranking. */
    public record CityView(EvaluationPeriod period, List<CountyReport> counties, Ranking ranking) {
    }

    /**
     * One county's figures as the caller may see them.
     *
     * @param department the only department shown, null when the whole county is
     * @param ranking the departments' ranking; null for a department's account
     */
    public record CountyView(EvaluationPeriod period, CountyReport report, Ranking ranking, String department) {
    }

    /** Today in Beijing, for the period presets. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public CityView city(Actor actor, EvaluationPeriod period) {
        requireCity(actor);
        List<CountyReport> reports = new ArrayList<>();
        for (TenantStore.Registration r : store.findAll()) {
            TenantInfo t = r.tenant();
            if (t.status() != TenantStatus.PROVISIONING) {
                reports.add(scope.call(t.code(), () -> figures.county(period)));
            }
        }
        return new CityView(period, List.copyOf(reports),
                Ranking.of(reports.stream().map(CountyReport::total).toList(), weights.current(), false));
    }

    /** The city office looks into one county, departments ranked. */
    public CountyView countyForCity(Actor actor, String code, EvaluationPeriod period) {
        requireCity(actor);
        if (!TenantCode.isValid(code)) {
            throw new NotFoundException("站点不存在：" + code);
        }
        TenantStore.Registration found = store.find(TenantCode.of(code))
                .filter(r -> r.tenant().status() != TenantStatus.PROVISIONING)
                .orElseThrow(() -> new NotFoundException("站点不存在：" + code));
        return scope.call(found.tenant().code(), () -> whole(figures.county(period)));
    }

    /** The county of the current request, as far as the caller may see it. */
    public CountyView county(Actor actor, EvaluationPeriod period) {
        TenantCode code = tenant.require().code();
        Optional<String> only = EvaluationAccess.departmentOnly(actor, code);
        CountyReport report = figures.county(period);
        if (only.isEmpty()) {
            return whole(report);
        }
        List<Line> own = report.departments().stream().filter(l -> l.code().equals(only.get())).toList();
        return new CountyView(period, new CountyReport(report.code(), report.name(), period, own, null, List.of(),
                List.of()), null, only.get());
    }

    private CountyView whole(CountyReport report) {
        return new CountyView(report.period(), report, Ranking.of(report.departments(), weights.current(), true), null);
    }

    private static void requireCity(Actor actor) {
        if (!actor.bindings().isCityAdmin()) {
            throw new AccessDeniedException("只有市级管理员可以查看各区县的绩效评估。");
        }
    }
}
