package cn.gov.baoji.portal.core.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Which files may be a guide's form: the platform's upload rules ({@link UploadPolicy}: content decides,
 * size limit, name cleaned), narrowed to PDF, Word and Excel, and the content must really be the kind
 * of document its name says: a .docx a Word package, an .xlsx an Excel one, a .doc a Word binary file,
 * an .xls an Excel one (not, say, a ZIP archive or a PowerPoint file renamed).
 */
final class FormFiles {

    static final String ALLOWED = "只能上传 PDF、Word（.doc、.docx）或 Excel（.xls、.xlsx）格式的表格。";
    private static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx");
    /** The part every package of that kind has. */
    private static final Map<String, String> OOXML_PART = Map.of("docx", "word/document.xml", "xlsx", "xl/workbook.xml");
    /** The stream every binary file of that kind has, as stored (UTF-16LE) in its directory. */
    private static final Map<String, String[]> OLE_STREAM = Map.of("doc", new String[] { "WordDocument" }, "xls",
            new String[] { "Workbook", "Book" });
    private static final int MAX_ZIP_ENTRIES = 2000;

    private FormFiles() {
    }

    static UploadPolicy.Accepted check(String originalName, byte[] bytes) {
        UploadPolicy.Accepted accepted = UploadPolicy.check(originalName, bytes);
        String extension = extension(accepted.fileName());
        if (!EXTENSIONS.contains(extension)) {
            throw new InvalidInputException("file", ALLOWED);
        }
        boolean genuine = switch (extension) {
            case "docx", "xlsx" -> hasPart(bytes, OOXML_PART.get(extension));
            case "doc", "xls" -> hasStream(bytes, OLE_STREAM.get(extension));
            default -> true;
        };
        if (!genuine) {
            throw new InvalidInputException("file", "文件内容不是有效的" + (extension.startsWith("doc") ? "Word" : "Excel")
                    + "文档（." + extension + "），已拒绝上传。");
        }
        return accepted;
    }

    private static boolean hasPart(byte[] bytes, String part) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; i++) {
                if (part.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasStream(byte[] bytes, String[] names) {
        for (String name : names) {
            // The directory entry: the name in UTF-16LE, then its terminating NUL.
            if (indexOf(bytes, (name + "\u0000").getBytes(StandardCharsets.UTF_16LE)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
