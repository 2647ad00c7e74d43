package cn.gov.baoji.portal.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Uploads are judged by content: each refusal names the field and says why in Chinese; good files pass as named. */
class UploadPolicyTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String TOO_MANY_PIXELS = "图片的宽和高不能超过 4000 像素";

    @Test
    void pngThatDeclaresAHundredThousandPixelsASideIsRefusedAsAnAttachment() {
        assertRefused("规划图.png", pngHeader(100_000, 100_000), TOO_MANY_PIXELS);
    }

    @Test
    void imageJustOverTheLimitIsRefusedAndOneAtTheLimitAccepted() throws IOException {
        assertRefused("宽幅.png", image(4001, 1, "png"), TOO_MANY_PIXELS);
        assertRefused("长图.jpg", image(1, 4001, "jpg"), TOO_MANY_PIXELS);

        assertThat(UploadPolicy.check("宽幅.png", image(4000, 1, "png")))
                .isEqualTo(new UploadPolicy.Accepted("宽幅.png", "image/png"));
    }

    @Test
    void imageWhoseHeaderIsBrokenIsRefused() throws IOException {
        assertRefused("现场照片.png", Arrays.copyOf(image(64, 64, "png"), 20), "图片文件已损坏或无法识别");
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused("通知.pdf", new byte[0], "文件为空，请重新选择文件。");
    }

    @Test
    void executableIsRefusedWhateverItIsCalled() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused("通知.pdf", exe, "不支持的文件类型。可上传 PDF、Word、Excel、WPS、OFD、图片（PNG、JPG、GIF）或 ZIP 文件。");
    }

    @Test
    void contentThatDisagreesWithTheExtensionIsRefused() {
        assertRefused("伪装.docx", PDF, "文件内容与扩展名“.docx”不符，已拒绝上传。");
    }

    @Test
    void fileOverTwentyMegabytesIsTooLarge() {
        UploadPolicy.TooLarge refusal = catchThrowableOfType(UploadPolicy.TooLarge.class,
                () -> UploadPolicy.check("大文件.pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1)));

        assertThat(refusal.status()).isEqualTo(413);
        assertThat(refusal.getMessage()).isEqualTo("文件超过 20 MB，请压缩后再上传。");
    }

    @Test
    void legitimateFilesPassUnderTheirOwnNames() throws IOException {
        assertThat(UploadPolicy.check("2026年工作要点.pdf", PDF))
                .isEqualTo(new UploadPolicy.Accepted("2026年工作要点.pdf", "application/pdf"));
        assertThat(UploadPolicy.check("现场照片.JPG", image(640, 480, "jpg")))
                .isEqualTo(new UploadPolicy.Accepted("现场照片.JPG", "image/jpeg"));
        assertThat(UploadPolicy.check("示意图.gif", image(32, 32, "gif")))
                .isEqualTo(new UploadPolicy.Accepted("示意图.gif", "image/gif"));
        byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0 };
        assertThat(UploadPolicy.check("报名表.xlsx", zip)).isEqualTo(new UploadPolicy.Accepted("报名表.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void pathsAndReservedCharactersAreCutFromTheName() {
        assertThat(UploadPolicy.check("../../etc/通知\u202e.pdf", PDF).fileName()).isEqualTo("通知_.pdf");
        assertThat(UploadPolicy.check("C:\\文件\\..\\.隐藏.pdf", PDF).fileName()).isEqualTo("隐藏.pdf");
    }

    private static void assertRefused(String name, byte[] bytes, String message) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () -> UploadPolicy.check(name, bytes));

        assertThat(refusal).as(name).isNotNull();
        assertThat(refusal.field()).isEqualTo("file");
        assertThat(refusal.getMessage()).isEqualTo(message);
    }

    private static byte[] image(int width, int height, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    /** A PNG of a few bytes that declares a size: signature, IHDR with its CRC, empty IDAT, IEND. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12 + 12);
        png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", ihdr.array());
        chunk(png, "IDAT", new byte[0]);
        chunk(png, "IEND", new byte[0]);
        return png.array();
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }
}
