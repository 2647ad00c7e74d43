package cn.gov.baoji.portal.admin.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.portal.core.evaluation.CountyReport;
import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.EvaluationWeights;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.evaluation.Indicator;
import cn.gov.baoji.portal.core.evaluation.Line;
import cn.gov.baoji.portal.core.evaluation.Ranking;
import cn.gov.baoji.portal.core.stats.ArticleViews;
import cn.gov.baoji.portal.core.stats.ChannelViews;

/** The evaluation as the JSON API answers it; indicators are named by their keys (e.g. {@code replyOnTime}). */
final class EvaluationJson {

    private EvaluationJson() {
    }

    /** Every county: its figures, and the counties' ranking. */
    public record City(LocalDate from, LocalDate to, String label, RankingJson ranking, List<County> counties) {
    }

    /**
     * One county as far as the caller may see it.
     *
     * @param department the only department shown (a department's account), else null
     * @param total the county's line; null for a department's account
     * @param ranking the departments' ranking; null for a department's account
     */
    public record County(String code, String name, LocalDate from, LocalDate to, String label, String department,
            List<Line> departments, Line total, List<ChannelViews> channels, List<ArticleViews> mostRead,
            RankingJson ranking) {
    }

    /**
     * @param formula the formula in symbols; {@code explanation} the same in words
     * @param weights the weights that count at this level (departments: no page views)
     * @param maxima the best value of each indicator among the ranked, which it is divided by
     */
    public record RankingJson(String formula, String explanation, Map<String, BigDecimal> weights,
            Map<String, BigDecimal> maxima, List<Ranked> rows) {
    }

    /** @param indicators each indicator's value: rates from 0 to 1, counts; null when there was nothing to measure */
    public record Ranked(int rank, String code, String name, BigDecimal score, Map<String, BigDecimal> indicators) {
    }

    public record IndicatorJson(String key, String label, String definition, boolean perDepartment, BigDecimal weight) {
    }

    public record Weights(List<IndicatorJson> indicators, Map<String, BigDecimal> weights,
            List<EvaluationWeights.Change> history) {
    }

    static City city(Evaluations.CityView view) {
        EvaluationPeriod p = view.period();
        return new City(p.from(), p.to(), p.label(), ranking(view.ranking()),
                view.counties().stream().map(r -> county(r, null, null)).toList());
    }

    static County county(Evaluations.CountyView view) {
        return county(view.report(), view.department(), view.ranking());
    }

    static Weights weights(Map<Indicator, BigDecimal> current, List<EvaluationWeights.Change> history) {
        return new Weights(current.entrySet().stream().map(e -> new IndicatorJson(e.getKey().key(), e.getKey().label(),
                e.getKey().definition(), e.getKey().perDepartment(), e.getValue())).toList(), keyed(current), history);
    }

    private static County county(CountyReport r, String department, Ranking ranking) {
        EvaluationPeriod p = r.period();
        return new County(r.code(), r.name(), p.from(), p.to(), p.label(), department, r.departments(), r.total(),
                r.channels(), r.mostRead(), ranking == null ? null : ranking(ranking));
    }

    private static RankingJson ranking(Ranking ranking) {
        return new RankingJson(Ranking.FORMULA, Ranking.FORMULA_WORDS, keyed(ranking.weights()), keyed(ranking.maxima()),
                ranking.rows().stream().map(r -> new Ranked(r.rank(), r.code(), r.name(), r.score(),
                        keyed(r.values()))).toList());
    }

    private static Map<String, BigDecimal> keyed(Map<Indicator, BigDecimal> values) {
        Map<String, BigDecimal> keyed = new LinkedHashMap<>();
        values.forEach((i, v) -> keyed.put(i.key(), v));
        return keyed;
    }
}
