package cn.gov.baoji.portal.core.report;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;

/**
 * Finds the Chinese font for PDFs: the configured file, else the usual Debian ones (installed by
 * {@code deploy/lib/fonts.sh}). Only the glyphs a document uses are embedded (a subset).
 */
@ApplicationScoped
public class ReportFonts {

    private static final Logger LOG = Logger.getLogger(ReportFonts.class);

    static final List<String> SEARCHED = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc");

    private final ReportConfig config;

    ReportFonts(ReportConfig config) {
        this.config = config;
    }

    /** A document's font with what must be closed after the document is saved. */
    public record Loaded(PDType0Font font, AutoCloseable source) {
    }

    /** Loads the font into {@code document}; the caller closes {@code source} after saving. */
    public Loaded load(PDDocument document) {
        List<String> candidates = new ArrayList<>();
        config.font().filter(p -> !p.isBlank()).ifPresentOrElse(candidates::add, () -> candidates.addAll(SEARCHED));
        for (String path : candidates) {
            File file = new File(path);
            if (!file.canRead()) {
                continue;
            }
            try {
                return load(document, file);
            } catch (IOException | RuntimeException e) {
                LOG.warnf("The font %s cannot be embedded (%s); trying the next one", path, e.getMessage());
            }
        }
        LOG.errorf("No Chinese font for PDFs among %s; install fonts-wqy-zenhei or set portal.report.font", candidates);
        throw new ReportFontMissingException("服务器没有可用的中文字体，暂时无法生成 PDF。请管理员安装 fonts-wqy-zenhei"
                + "（或 fonts-noto-cjk），或在 portal.report.font 中指定字体文件。");
    }

    private static Loaded load(PDDocument document, File file) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                collection.close();
                throw new IOException("empty font collection");
            }
            try {
                return new Loaded(PDType0Font.load(document, first[0], true), collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        try {
            return new Loaded(PDType0Font.load(document, font, true), font);
        } catch (IOException | RuntimeException e) {
            font.close();
            throw e;
        }
    }
}
