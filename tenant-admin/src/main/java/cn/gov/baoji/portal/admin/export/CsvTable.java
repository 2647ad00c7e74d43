package cn.gov.baoji.portal.admin.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gov.baoji.portal.core.export.TableRows;

/**
 * A table as CSV (RFC 4180) that Excel and WPS open correctly: UTF-8 with a byte-order mark
 * (without it Excel reads Chinese as GBK), CRLF line ends, quotes where needed. A cell a spreadsheet
 * would take for a formula (starting with = + - @, or a tab or carriage return before one) gets a
 * leading apostrophe: citizens write these cells, and a formula in them would run on the webmaster's
 * computer (CSV injection). Survey answers and the evaluation tables use it.
 */
public final class CsvTable implements TableRows {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final StringBuilder line = new StringBuilder();

    public CsvTable() {
        out.writeBytes(BOM);
    }

    @Override
    public void header(List<String> cells) {
        row(cells);
    }

    @Override
    public void row(List<String> cells) {
        line.setLength(0);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(defused(cells.get(i))));
        }
        line.append("\r\n");
        out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /** The cell as a spreadsheet must show it: text, never a formula. */
    public static String defused(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
