package cn.gov.baoji.portal.core.look;

import cn.gov.baoji.portal.core.content.ImageDimensions;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Which images may become a logo or banner: PNG, JPEG or GIF by their content, readable as such,
 * within a size limit and the platform's pixel limit ({@link ImageDimensions}). SVG is refused because
 * it can carry script.
 */
final class LookImagePolicy {

    private LookImagePolicy() {
    }

    record Image(String contentType, int width, int height) {
    }

    static Image check(LookAsset.Kind kind, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "请选择图片文件");
        }
        if (bytes.length > kind.maxBytes()) {
            throw new UploadPolicy.TooLarge("图片超过 " + kind.maxMegabytes + " MB，请压缩后再上传。");
        }
        String type = contentType(bytes);
        ImageDimensions.Size size = ImageDimensions.check(bytes);
        return new Image(type, size.width(), size.height());
    }

    private static String contentType(byte[] b) {
        return switch (UploadPolicy.sniff(b).orElse("")) {
            case "png" -> "image/png";
            case "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> throw new InvalidInputException("file", "只能上传 PNG、JPG 或 GIF 图片");
        };
    }
}
