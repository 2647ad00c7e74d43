package cn.gov.baoji.portal.core.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.gov.baoji.portal.core.time.ChinaTime;

/** The annual report as an A4 PDF: title, then each section as a two-column table of lines. */
@ApplicationScoped
public class ReportPdf {

    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 290;
    private static final float VALUE_X = MARGIN + LABEL_WIDTH + 12;
    private static final float TEXT = 10.5f;
    private static final float LEADING = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ReportFonts fonts;

    ReportPdf(ReportFonts fonts) {
        this.fonts = fonts;
    }

    public String fileName(ReportView report) {
        return report.county() + "-" + report.year() + "-annual-report.pdf";
    }

    public byte[] render(ReportView report) {
        try (PDDocument document = new PDDocument()) {
            ReportFonts.Loaded loaded = fonts.load(document);
            try (AutoCloseable source = loaded.source()) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(title(report));
                info.setSubject("政府网站工作年度报表");
                new Writer(document, loaded.font()).write(report);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        } catch (ReportFontMissingException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The PDF of the " + report.year() + " report of " + report.county()
                    + " cannot be made", e);
        }
    }

    static String title(ReportView report) {
        return report.siteName() + "政府网站工作年度报表（" + report.year() + "年度）";
    }

    /** Lays lines out top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth();
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument document, PDType0Font font) {
            this.document = document;
            this.font = font;
        }

        void write(ReportView report) throws IOException {
            newPage();
            text(title(report), MARGIN, 17);
            y -= 26;
            String state = report.published() && report.publishedAt() != null
                    ? "发布日期：" + DAY.format(report.publishedAt().atZoneSameInstant(ChinaTime.ZONE))
                    : "状态：" + report.stateLabel() + "（未发布）";
            text("统计期间：" + report.year() + "年1月1日至12月31日　" + state, MARGIN, 10);
            y -= 22;
            for (ReportView.Section section : report.sections()) {
                need(LEADING * 3);
                text(section.label(), MARGIN, 13.5f);
                y -= 6;
                rule();
                y -= LEADING;
                for (ReportView.Line line : section.lines()) {
                    List<String> label = wrap(line.label(), LABEL_WIDTH, TEXT);
                    String shown = line.value() == null || line.value().isBlank() ? "—" : line.value();
                    List<String> value = new ArrayList<>(wrap(shown, width - MARGIN - VALUE_X, TEXT));
                    if (line.corrected() && line.note() != null) {
                        value.addAll(wrap("（更正说明：" + line.note() + "）", width - MARGIN - VALUE_X, 8.5f));
                    }
                    int rows = Math.max(label.size(), value.size());
                    need(rows * LEADING + 4);
                    for (int i = 0; i < rows; i++) {
                        if (i < label.size()) {
                            text(label.get(i), MARGIN + 6, TEXT);
                        }
                        if (i < value.size()) {
                            text(value.get(i), VALUE_X, TEXT);
                        }
                        y -= LEADING;
                    }
                }
                y -= 8;
            }
            page.close();
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void rule() throws IOException {
            page.setLineWidth(0.6f);
            page.moveTo(MARGIN, y);
            page.lineTo(width - MARGIN, y);
            page.stroke();
        }

        private void text(String s, float x, float size) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(s);
            page.endText();
        }

        /** Splits at characters (Chinese has no spaces to break at), replacing what the font lacks. */
        private List<String> wrap(String s, float max, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String paragraph : s.split("\\R", -1)) {
                int i = 0;
                while (i < paragraph.length()) {
                    int cp = paragraph.codePointAt(i);
                    i += Character.charCount(cp);
                    String ch = printable(new String(Character.toChars(cp)));
                    float w = font.getStringWidth(ch) / 1000 * size;
                    if (used + w > max && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.append(ch);
                    used += w;
                }
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            return lines;
        }

        private String printable(String ch) {
            if (Character.isISOControl(ch.codePointAt(0))) {
                return " ";
            }
            try {
                font.encode(ch);
                return ch;
            } catch (IllegalArgumentException | IOException e) {
                return "?";
            }
        }
    }
}
