package cn.gov.baoji.portal.core.search.log;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantDirectory;
import cn.gov.baoji.portal.core.tenant.TenantInfo;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.core.tenant.TenantStatus;

/** Hot and failed searches of one week: for the request's county, and for every county at once. */
@ApplicationScoped
public class SearchStats {

    /** Rows in each of the two lists. */
    public static final int TOP = 50;

    /** One query of the week: how often it was searched, how often it found nothing, and the latest result count. */
    public record QueryCount(String query, long searches, long emptySearches, long lastResultCount) {
    }

    /** A week of one county (or of all together): its searches and the two lists. */
    public record WeekStats(String week, String label, String previousWeek, String nextWeek, long searches,
            long emptySearches, List<QueryCount> top, List<QueryCount> failed) {
    }

    /** One county's week, for the city. */
    public record CountyStats(String county, String countyName, WeekStats stats) {
    }

    /** The city's week: all counties together, and each county. */
    public record CityStats(WeekStats all, List<CountyStats> counties) {
    }

    private final EntityManager em;
    private final TenantDirectory directory;
    private final TenantScope scope;
    private final Clock clock;

    SearchStats(EntityManager em, TenantDirectory directory, TenantScope scope, Clock clock) {
        this.em = em;
        this.directory = directory;
        this.scope = scope;
        this.clock = clock;
    }

    /** The request's county (the tenant bound now). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WeekStats week(SearchWeek week) {
        return of(week, rows(week));
    }

    /**
     * Every county opened (served or suspended: a suspended county's past searches still count, as in the
     * evaluations), or only {@code county} when it is given. A county still being provisioned has no figures,
     * and perhaps no tables yet.
     */
    public CityStats city(SearchWeek week, String county) {
        if (county != null && !county.isBlank() && (!TenantCode.isValid(county.strip())
                || directory.findByCode(TenantCode.of(county.strip())).filter(SearchStats::opened).isEmpty())) {
            throw new NotFoundException("没有这个区县站点：" + county.strip());
        }
        List<CountyStats> counties = new ArrayList<>();
        Map<String, long[]> merged = new LinkedHashMap<>();
        for (TenantInfo t : directory.all()) {
            if (!opened(t) || county != null && !county.isBlank() && !t.code().value().equals(county.strip())) {
                continue;
            }
            List<QueryCount> rows = scope.call(t.code(), () -> rows(week));
            counties.add(new CountyStats(t.code().value(), t.name(), of(week, rows)));
            for (QueryCount r : rows) {
                long[] sum = merged.computeIfAbsent(r.query(), q -> new long[3]);
                sum[0] += r.searches();
                sum[1] += r.emptySearches();
                sum[2] = Math.max(sum[2], r.lastResultCount());
            }
        }
        counties.sort(Comparator.comparing(CountyStats::county));
        List<QueryCount> all = merged.entrySet().stream()
                .map(e -> new QueryCount(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new CityStats(of(week, all), counties);
    }

    private static boolean opened(TenantInfo t) {
        return t.status() != TenantStatus.PROVISIONING;
    }

    public SearchWeek parse(String week) {
        return SearchWeek.parse(week, clock);
    }

    private List<QueryCount> rows(SearchWeek week) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT query, SUM(searches), SUM(empty_searches),
                       (ARRAY_AGG(last_result_count ORDER BY day DESC))[1]
                FROM search_log WHERE day BETWEEN :from AND :to GROUP BY query""")
                .setParameter("from", week.monday()).setParameter("to", week.sunday()).getResultList();
        return rows.stream().map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), ((Number) r[3]).longValue())).toList();
    }

    private static WeekStats of(SearchWeek week, List<QueryCount> rows) {
        List<QueryCount> top = rows.stream()
                .sorted(Comparator.comparingLong(QueryCount::searches).reversed().thenComparing(QueryCount::query))
                .limit(TOP).toList();
        List<QueryCount> failed = rows.stream().filter(r -> r.emptySearches() > 0)
                .sorted(Comparator.comparingLong(QueryCount::emptySearches).reversed().thenComparing(QueryCount::query))
                .limit(TOP).toList();
        return new WeekStats(week.key(), week.label(), week.previous().key(), week.next().key(),
                rows.stream().mapToLong(QueryCount::searches).sum(), rows.stream().mapToLong(QueryCount::emptySearches).sum(),
                top, failed);
    }
}
