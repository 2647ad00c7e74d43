package cn.gov.baoji.portal.core.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The one limit on image size in pixels, for every image the platform accepts (attachments, logo,
 * banner), read from the image's header only: an image that declares 100000×100000 pixels is
 * refused before anyone decodes it into gigabytes of memory.
 */
public final class ImageDimensions {

    /** Longest side in pixels an accepted image may have. */
    public static final int MAX_SIDE = 4000;

    private ImageDimensions() {
    }

    /** Width and height as the image declares them. */
    public record Size(int width, int height) {
    }

    /** @throws InvalidInputException on field {@code file} when the header is unreadable or a side is too long */
    public static Size check(byte[] bytes) {
        // In memory: ImageIO's default stream would write a temporary file for every check.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidInputException("file", "图片的宽和高不能超过 " + MAX_SIDE + " 像素");
                }
                return new Size(width, height);
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

    private static InvalidInputException unreadable() {
        return new InvalidInputException("file", "图片文件已损坏或无法识别");
    }
}
