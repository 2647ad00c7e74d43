package cn.gov.baoji.portal.core.look;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Which images may become a logo or banner: PNG, JPEG or GIF by their content, readable as such,
 * within a size and pixel limit. SVG is refused because it can carry script.
 */
final class LookImagePolicy {

    static final int MAX_SIDE = 4000;

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
        // In memory: ImageIO's default stream would write a temporary file for every check.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Only the header is read: a huge image is refused before it is ever decoded.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidInputException("file", "图片的宽和高不能超过 " + MAX_SIDE + " 像素");
                }
                return new Image(type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unreadable();
        }
    }

    private static String contentType(byte[] b) {
        return switch (UploadPolicy.sniff(b).orElse("")) {
            case "png" -> "image/png";
            case "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            default -> throw new InvalidInputException("file", "只能上传 PNG、JPG 或 GIF 图片");
        };
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("file", "图片文件已损坏或无法识别");
    }
}
