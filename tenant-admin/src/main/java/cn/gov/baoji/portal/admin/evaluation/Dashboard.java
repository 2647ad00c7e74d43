package cn.gov.baoji.portal.admin.evaluation;

import java.util.Arrays;
import java.util.List;

import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;
import cn.gov.baoji.portal.core.evaluation.Indicator;
import cn.gov.baoji.portal.core.evaluation.Ranking;
import io.quarkus.qute.TemplateData;

/**
 * What a dashboard page shows, in the console and in the back office alike.
 *
 * @param path the page's own path, for the period form and the preset links
 * @param scope whose figures, e.g. 各区县 or 渭滨区 (captions and file names)
 * @param ranked whether a ranking (and so the formula) is shown
 * @param note a remark above the tables, or null
 * @param back a link back (drill-down pages), or null
 * @param weightsUrl where the city changes the weights (its counties page only), or null
 */
@TemplateData
public record Dashboard(String heading, String path, String scope, EvaluationPeriod period, List<Table> tables,
        boolean ranked, String note, String back, String weightsUrl) {

    public String query() {
        return "from=" + period.from() + "&to=" + period.to();
    }

    public String exportPath() {
        return path + (path.endsWith("/") ? "" : "/") + "export";
    }

    /** The chosen period's name, for the page title. */
    public String periodText() {
        String dates = period.from() + " 至 " + period.to();
        return period.label().equals(dates) ? dates : period.label() + "（" + dates + "）";
    }

    public List<EvaluationPeriod.Preset> presets() {
        return Arrays.asList(EvaluationPeriod.Preset.values());
    }

    public List<Indicator> indicators() {
        return Arrays.asList(Indicator.values());
    }

    public String formula() {
        return Ranking.FORMULA;
    }

    public String formulaWords() {
        return Ranking.FORMULA_WORDS;
    }
}
