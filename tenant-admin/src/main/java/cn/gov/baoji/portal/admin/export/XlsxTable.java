package cn.gov.baoji.portal.admin.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.baoji.portal.core.export.TableRows;

/**
 * A table as an Excel workbook (.xlsx, Apache POI's streaming writer: only a window of rows
 * is in memory). Every cell is text, never a formula; cells that would read as one when edited get
 * the same apostrophe as in the CSV file.
 */
public final class XlsxTable implements TableRows, AutoCloseable {

    /** Excel's own limit of a cell's text. */
    private static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle bold;
    private int next;

    public XlsxTable(String sheetName) {
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
    }

    @Override
    public void header(List<String> cells) {
        write(cells).forEach(cell -> cell.setCellStyle(bold));
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<String> cells) {
        write(cells);
    }

    private Row write(List<String> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            String value = CsvTable.defused(cells.get(i));
            row.createCell(i).setCellValue(value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value);
        }
        return row;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            // Also removes the temporary files of the streamed rows.
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
