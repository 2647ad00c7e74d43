package cn.gov.baoji.portal.web.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real image files made on the spot, for upload tests. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] png(int width, int height, Color color) {
        return encode(width, height, color, "png");
    }

    public static byte[] jpeg(int width, int height, Color color) {
        return encode(width, height, color, "jpg");
    }

    private static byte[] encode(int width, int height, Color color, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
