package cn.gov.baoji.portal.admin.evaluation;

import java.util.List;

import io.quarkus.qute.TemplateData;

/**
 * One table of the dashboard, as shown, downloaded (CSV, Excel) and charted: the first cell of each
 * row names the unit (county, department, channel, article) and may link somewhere.
 *
 * @param chart the chart's figures as JSON for {@code evaluation-charts.js}; null when the table has no chart
 */
@TemplateData
public record Table(String id, String caption, List<String> header, List<Row> rows, String chart) {

    /** @param link where the first cell leads (a county's departments), or null */
    @TemplateData
    public record Row(List<String> cells, String link, boolean total) {

        public String first() {
            return cells.get(0);
        }

        public List<String> rest() {
            return cells.subList(1, cells.size());
        }
    }
}
