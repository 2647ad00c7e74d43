package cn.gov.baoji.portal.core.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of counties (or of a county's departments) with the city's weights. Each indicator is
 * normalised by the best value among the ranked: 得分 = 100 × Σ(权重ᵢ × 指标ᵢ ÷ 最大值ᵢ) ÷ Σ权重ᵢ, over
 * the indicators that apply (departments have no page views); an indicator nobody scored on (maximum
 * 0) and a unit without a value count 0. Equal scores share a rank (1, 1, 3).
 */
public record Ranking(List<Ranked> rows, List<Indicator> indicators, Map<Indicator, BigDecimal> weights,
        Map<Indicator, BigDecimal> maxima) {

    public static final String FORMULA = "得分 = 100 × Σ(权重ᵢ × 指标ᵢ ÷ 最大值ᵢ) ÷ Σ权重ᵢ";
    public static final String FORMULA_WORDS = "每项指标先除以参评单位中的最大值（最大值为 0 或无数据时该项计 0），"
            + "再乘以市里设定的权重相加，除以权重之和，换算为百分制。";

    private static final MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

    /** One ranked unit: its rank, its indicator values and its score (two decimals, 0 to 100). */
    public record Ranked(int rank, String code, String name, Map<Indicator, BigDecimal> values, BigDecimal score) {
    }

    /**
     * @param departments whether departments are ranked (only the indicators measured per department count)
     */
    public static Ranking of(List<Line> lines, Map<Indicator, BigDecimal> weights, boolean departments) {
        List<Indicator> applying = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            if (!departments || i.perDepartment()) {
                applying.add(i);
            }
        }
        Map<Indicator, BigDecimal> maxima = new EnumMap<>(Indicator.class);
        for (Indicator i : applying) {
            maxima.put(i, lines.stream().map(l -> l.values().get(i)).filter(v -> v != null)
                    .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO));
        }
        BigDecimal weightSum = applying.stream().map(weights::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Ranked> scored = new ArrayList<>();
        for (Line line : lines) {
            Map<Indicator, BigDecimal> values = line.values();
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator i : applying) {
                BigDecimal value = values.get(i);
                BigDecimal max = maxima.get(i);
                if (value != null && max.signum() > 0) {
                    sum = sum.add(weights.get(i).multiply(value).divide(max, PRECISION));
                }
            }
            BigDecimal score = weightSum.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                    : sum.multiply(BigDecimal.valueOf(100)).divide(weightSum, 2, RoundingMode.HALF_UP);
            scored.add(new Ranked(0, line.code(), line.name(), values, score));
        }
        scored.sort(Comparator.comparing(Ranked::score).reversed());
        List<Ranked> ranked = new ArrayList<>();
        for (int n = 0; n < scored.size(); n++) {
            Ranked r = scored.get(n);
            int rank = n > 0 && r.score().compareTo(scored.get(n - 1).score()) == 0 ? ranked.get(n - 1).rank() : n + 1;
            ranked.add(new Ranked(rank, r.code(), r.name(), r.values(), r.score()));
        }
        Map<Indicator, BigDecimal> shownWeights = new EnumMap<>(Indicator.class);
        applying.forEach(i -> shownWeights.put(i, weights.get(i)));
        return new Ranking(List.copyOf(ranked), List.copyOf(applying), shownWeights, maxima);
    }
}
