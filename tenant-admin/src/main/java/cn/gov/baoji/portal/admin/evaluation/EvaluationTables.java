package cn.gov.baoji.portal.admin.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.error.NotFoundException;
import cn.gov.baoji.portal.core.evaluation.CountyReport;
import cn.gov.baoji.portal.core.evaluation.Evaluations;
import cn.gov.baoji.portal.core.evaluation.Indicator;
import cn.gov.baoji.portal.core.evaluation.Line;
import cn.gov.baoji.portal.core.evaluation.Ranking;
import cn.gov.baoji.portal.core.stats.ArticleViews;
import cn.gov.baoji.portal.core.stats.ChannelViews;

/**
 * The dashboard's tables, built once from the figures for the page, the CSV and the Excel file, so
 * the three always agree. Counts as numbers, rates in percent with one decimal, "—" where there is
 * nothing to measure.
 */
final class EvaluationTables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvaluationTables() {
    }

    /** The city's tables: the ranking, then each figure per county, every county linked to its departments. */
    static List<Table> city(Evaluations.CityView view, Function<String, String> countyLink) {
        List<Line> lines = view.counties().stream().map(CountyReport::total).toList();
        List<Table> tables = new ArrayList<>();
        tables.add(ranking("ranking", "区县综合得分排名", "区县", view.ranking(), countyLink));
        tables.addAll(figures("区县", lines, null, countyLink));
        tables.add(views(lines, countyLink));
        return tables;
    }

    /** A county's tables: departments ranked, each figure per department with the county's total, views. */
    static List<Table> county(Evaluations.CountyView view) {
        CountyReport r = view.report();
        List<Table> tables = new ArrayList<>();
        if (view.ranking() != null) {
            tables.add(ranking("ranking", "部门综合得分排名", "部门", view.ranking(), code -> null));
        }
        tables.addAll(figures("部门", r.departments(), r.total(), code -> null));
        if (r.total() != null) {
            tables.add(channels(r.channels(), r.total().views()));
            tables.add(mostRead(r.mostRead()));
        }
        return tables;
    }

    static Table find(List<Table> tables, String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这张统计表：" + id));
    }

    private static Table ranking(String id, String caption, String unit, Ranking ranking,
            Function<String, String> link) {
        List<String> header = new ArrayList<>(List.of(unit, "排名"));
        ranking.indicators().forEach(i -> header.add(i.label() + "（权重 " + plain(ranking.weights().get(i)) + "）"));
        header.add("综合得分");
        List<Table.Row> rows = new ArrayList<>();
        for (Ranking.Ranked r : ranking.rows()) {
            List<String> cells = new ArrayList<>(List.of(r.name(), String.valueOf(r.rank())));
            ranking.indicators().forEach(i -> cells.add(value(i, r.values().get(i))));
            cells.add(r.score().toPlainString());
            rows.add(new Table.Row(cells, link.apply(r.code()), false));
        }
        return new Table(id, caption, header, rows, chart(ranking.rows().stream().map(Ranking.Ranked::name).toList(),
                Map.of("综合得分", ranking.rows().stream().map(r -> (Number) r.score()).toList()), false));
    }

    private static List<Table> figures(String unit, List<Line> lines, Line total, Function<String, String> link) {
        List<Line> all = new ArrayList<>(lines);
        List<String> names = lines.stream().map(Line::name).toList();
        List<Table> tables = new ArrayList<>();
        tables.add(table("articles", "稿件录用（期间首次报送的稿件）", List.of(unit, "报送篇数", "录用篇数", "退回篇数", "录用率"),
                lines, total, link, l -> List.of(n(l.articles().submitted()), n(l.articles().accepted()),
                        n(l.articles().returned()), percent(l.articles().acceptedPercent())),
                chart(names, series("报送", lines, l -> l.articles().submitted(), "录用", l -> l.articles().accepted(),
                        "退回", l -> l.articles().returned()), false)));
        tables.add(table("messages", "网上留言（期间收到的留言）", List.of(unit, "收到条数", "已答复", "按时答复", "按时答复率",
                "平均答复工作日"), lines, total, link, l -> List.of(n(l.messages().received()), n(l.messages().replied()),
                        n(l.messages().repliedOnTime()), rate(l.values().get(Indicator.REPLY_ON_TIME)),
                        decimal(l.messages().averageWorkingDays())),
                chart(names, series("收到", lines, l -> l.messages().received(), "已答复", l -> l.messages().replied(),
                        "按时答复", l -> l.messages().repliedOnTime()), false)));
        tables.add(table("applications", "服务效能（期间收到的在线申请）", List.of(unit, "收到件数", "已办结", "按时办结",
                "按时办结率", "平均办理工作日", "评价数", "满意度"), lines, total, link,
                l -> List.of(n(l.applications().received()), n(l.applications().completed()), n(l.applications().onTime()),
                        rate(l.values().get(Indicator.COMPLETION_ON_TIME)), decimal(l.applications().averageWorkingDays()),
                        n(l.applications().rated()), percent(l.applications().satisfiedPercent())),
                chart(names, series("收到", lines, l -> l.applications().received(), "已办结", l -> l.applications().completed(),
                        "按时办结", l -> l.applications().onTime()), false)));
        tables.add(table("participation", "公众参与（期间提交的调查答卷和征集意见）", List.of(unit, "调查答卷", "意见征集留言", "参与人次"),
                lines, total, link, l -> List.of(l.surveyAnswers() == null ? "—" : n(l.surveyAnswers()),
                        n(l.consultationComments()), n(l.participation())),
                chart(names, Map.of("参与人次", lines.stream().map(l -> (Number) l.participation()).toList()), false)));
        return tables;
    }

    private static Table views(List<Line> lines, Function<String, String> link) {
        List<Table.Row> rows = lines.stream().map(l -> new Table.Row(List.of(l.name(), l.views() == null ? "—"
                : n(l.views())), link.apply(l.code()), false)).toList();
        return new Table("views", "公众浏览量（不含已知爬虫）", List.of("区县", "浏览量"), rows,
                chart(lines.stream().map(Line::name).toList(), Map.of("浏览量",
                        lines.stream().map(l -> (Number) (l.views() == null ? 0L : l.views())).toList()), false));
    }

    private static Table channels(List<ChannelViews> channels, Long total) {
        List<Table.Row> rows = new ArrayList<>(channels.stream()
                .map(c -> new Table.Row(List.of(c.name(), n(c.views())), null, false)).toList());
        rows.add(new Table.Row(List.of("合计", total == null ? "—" : n(total)), null, true));
        return new Table("channels", "各栏目浏览量（不含已知爬虫）", List.of("栏目", "浏览量"), rows,
                chart(channels.stream().map(ChannelViews::name).toList(),
                        Map.of("浏览量", channels.stream().map(c -> (Number) c.views()).toList()), false));
    }

    private static Table mostRead(List<ArticleViews> articles) {
        List<Table.Row> rows = new ArrayList<>();
        int n = 1;
        for (ArticleViews a : articles) {
            rows.add(new Table.Row(List.of(a.title(), String.valueOf(n++), a.channelName(), n(a.views())), null, false));
        }
        return new Table("most-read", "阅读最多的文章（前 " + CountyReport.MOST_READ + " 篇）", List.of("文章", "名次", "栏目", "浏览量"),
                rows, null);
    }

    private static Table table(String id, String caption, List<String> header, List<Line> lines, Line total,
            Function<String, String> link, Function<Line, List<String>> cells, String chart) {
        List<Table.Row> rows = new ArrayList<>();
        for (Line l : lines) {
            List<String> row = new ArrayList<>(List.of(l.name()));
            row.addAll(cells.apply(l));
            rows.add(new Table.Row(row, link.apply(l.code()), false));
        }
        if (total != null) {
            List<String> row = new ArrayList<>(List.of("合计"));
            row.addAll(cells.apply(total));
            rows.add(new Table.Row(row, null, true));
        }
        return new Table(id, caption, header, rows, chart);
    }

    private static Map<String, List<Number>> series(String a, List<Line> lines, Function<Line, Long> fa, String b,
            Function<Line, Long> fb, String c, Function<Line, Long> fc) {
        Map<String, List<Number>> series = new java.util.LinkedHashMap<>();
        series.put(a, lines.stream().map(l -> (Number) fa.apply(l)).toList());
        series.put(b, lines.stream().map(l -> (Number) fb.apply(l)).toList());
        series.put(c, lines.stream().map(l -> (Number) fc.apply(l)).toList());
        return series;
    }

    /** The figures a chart draws: its labels and one list of values per series, in order. */
    private static String chart(List<String> labels, Map<String, List<Number>> series, boolean percent) {
        if (labels.isEmpty()) {
            return null;
        }
        List<Map<String, Object>> list = new ArrayList<>();
        series.forEach((name, values) -> list.add(Map.of("name", name, "values", values)));
        try {
            return JSON.writeValueAsString(Map.of("labels", labels, "series", list, "percent", percent));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart figures could not be written", e);
        }
    }

    private static String n(long value) {
        return String.valueOf(value);
    }

    static String value(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return indicator.isRate() ? rate(value) : value.toPlainString();
    }

    private static String rate(BigDecimal share) {
        return share == null ? "—" : share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private static String plain(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }
}
