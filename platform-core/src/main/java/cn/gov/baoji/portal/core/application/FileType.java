package cn.gov.baoji.portal.core.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file an application may ask for, as groups of the upload rules' extensions: the
 * content must be what the name says (UploadPolicy), and the extension one the requirement allows.
 */
public enum FileType {
    PDF("pdf", "PDF", Set.of("pdf")),
    IMAGE("image", "图片（JPG、PNG、GIF）", Set.of("jpg", "jpeg", "png", "gif")),
    WORD("word", "Word 或 WPS 文档", Set.of("doc", "docx", "wps")),
    EXCEL("excel", "Excel 或 WPS 表格", Set.of("xls", "xlsx", "et")),
    OFD("ofd", "OFD 版式文件", Set.of("ofd")),
    ZIP("zip", "ZIP 压缩包", Set.of("zip"));

    private final String key;
    private final String label;
    private final Set<String> extensions;

    FileType(String key, String label, Set<String> extensions) {
        this.key = key;
        this.label = label;
        this.extensions = extensions;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Set<String> extensions() {
        return extensions;
    }

    public static Optional<FileType> fromKey(String key) {
        for (FileType type : values()) {
            if (type.key.equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The types, in Chinese, for hints and messages: "PDF、图片（JPG、PNG、GIF）". */
    public static String labels(List<FileType> types) {
        return String.join("、", types.stream().map(FileType::label).toList());
    }
}
