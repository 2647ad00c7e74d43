package cn.gov.baoji.portal.admin.evaluation;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;

import cn.gov.baoji.portal.admin.export.CsvTable;
import cn.gov.baoji.portal.admin.export.Downloads;
import cn.gov.baoji.portal.admin.export.XlsxTable;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.export.TableRows;
import cn.gov.baoji.portal.core.evaluation.EvaluationPeriod;

/** One dashboard table as a CSV or Excel download, with the same cells as on the page. */
final class EvaluationExports {

    private EvaluationExports() {
    }

    static Response download(List<Table> tables, String id, String format, String scope, EvaluationPeriod period) {
        Table table = EvaluationTables.find(tables, id == null ? "" : id);
        String name = "绩效评估-" + scope + "-" + table.caption().replaceAll("（.*）", "") + "-" + period.from() + "至"
                + period.to();
        String ascii = "evaluation-" + table.id() + "-" + period.from() + "-" + period.to();
        if ("csv".equals(format)) {
            CsvTable csv = new CsvTable();
            write(table, csv);
            return Downloads.attachment(csv.bytes(), Downloads.CSV, ascii + ".csv", name + ".csv");
        }
        if ("xlsx".equals(format)) {
            try (XlsxTable xlsx = new XlsxTable(table.caption().replaceAll("（.*）", ""))) {
                write(table, xlsx);
                return Downloads.attachment(xlsx.bytes(), Downloads.XLSX, ascii + ".xlsx", name + ".xlsx");
            }
        }
        throw new InvalidInputException("format", "导出格式只能是 csv 或 xlsx");
    }

    private static void write(Table table, TableRows out) {
        out.header(table.header());
        for (Table.Row row : table.rows()) {
            out.row(new ArrayList<>(row.cells()));
        }
    }
}
