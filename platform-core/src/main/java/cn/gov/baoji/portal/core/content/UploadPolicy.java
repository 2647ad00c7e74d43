package cn.gov.baoji.portal.core.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.PortalException;

/**
 * Which files may be uploaded: decided by their content (magic bytes), never by their name alone,
 * and the name's extension must agree with the content. Images must be readable and within
 * {@link ImageDimensions#MAX_SIDE} pixels a side.
 */
public final class UploadPolicy {

    /** Largest accepted file; the HTTP limit is set a little above so this message is the one users see. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private record Kind(String contentType, Set<String> extensions) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", Set.of("pdf")),
            "png", new Kind("image/png", Set.of("png")),
            "jpeg", new Kind("image/jpeg", Set.of("jpg", "jpeg")),
            "gif", new Kind("image/gif", Set.of("gif")),
            "ole", new Kind("application/octet-stream", Set.of("doc", "xls", "ppt", "wps", "et")),
            "zip", new Kind("application/zip", Set.of("docx", "xlsx", "pptx", "ofd", "zip")));

    private static final Set<String> IMAGES = Set.of("png", "jpeg", "gif");

    private static final Map<String, String> OFFICE_TYPES = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint",
            "wps", "application/vnd.ms-works",
            "et", "application/vnd.ms-excel",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "ofd", "application/ofd",
            "zip", "application/zip");

    private UploadPolicy() {
    }

    /** A file accepted for storage, with the content type it will be served as. */
    public record Accepted(String fileName, String contentType) {
    }

    public static Accepted check(String originalName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "文件为空，请重新选择文件。");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLarge();
        }
        String name = safeName(originalName);
        String extension = extension(name);
        String kind = sniff(bytes).orElseThrow(() -> new InvalidInputException("file",
                "不支持的文件类型。可上传 PDF、Word、Excel、WPS、OFD、图片（PNG、JPG、GIF）或 ZIP 文件。"));
        Kind allowed = KINDS.get(kind);
        if (!allowed.extensions().contains(extension)) {
            throw new InvalidInputException("file", "文件内容与扩展名“." + extension + "”不符，已拒绝上传。");
        }
        if (IMAGES.contains(kind)) {
            // Same pixel limit as logo and banner: a tiny file may declare a picture too large to ever decode.
            ImageDimensions.check(bytes);
        }
        String type = OFFICE_TYPES.getOrDefault(extension, allowed.contentType());
        return new Accepted(name, type);
    }

    /**
     * The content type of a picture for a place on the page (a logo, a guest's photo): PNG, JPEG or GIF
     * by its content, at most {@code maxMegabytes}. SVG is refused: it can carry script. The caller
     * checks the pixel limit ({@link ImageDimensions}).
     */
    public static String pictureType(byte[] bytes, int maxMegabytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "请选择图片文件");
        }
        if (bytes.length > maxMegabytes * 1024 * 1024) {
            throw new TooLarge("图片超过 " + maxMegabytes + " MB，请压缩后再上传。");
        }
        String kind = sniff(bytes).orElse("");
        if (!IMAGES.contains(kind)) {
            throw new InvalidInputException("file", "只能上传 PNG、JPG 或 GIF 图片");
        }
        return KINDS.get(kind).contentType();
    }

    /** Over the size limit: 413. */
    public static final class TooLarge extends PortalException {
        public TooLarge() {
            this("文件超过 20 MB，请压缩后再上传。");
        }

        public TooLarge(String userMessage) {
            super("payload-too-large", userMessage);
        }

        @Override
        public int status() {
            return 413;
        }
    }

    /** The kind of file the content is (pdf, png, jpeg, gif, ole, zip), whatever it is called. */
    public static Optional<String> sniff(byte[] b) {
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("pdf");
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpeg");
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of("gif");
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Optional.of("ole");
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return Optional.of("zip");
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file name without any path, control or reserved characters, at most 120 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*;]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isEmpty()) {
            name = "附件";
        }
        if (name.length() > 120) {
            String ext = extension(name);
            name = ext.length() > 10 ? name.substring(0, 120) : name.substring(0, 120 - ext.length() - 1) + "." + ext;
        }
        return name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
