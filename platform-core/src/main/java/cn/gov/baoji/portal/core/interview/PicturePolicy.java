package cn.gov.baoji.portal.core.interview;

import cn.gov.baoji.portal.core.content.ImageDimensions;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Which images an interview accepts (guest photos, transcript pictures): the article upload rules
 * ({@link UploadPolicy}: type by content, extension agreeing, {@link ImageDimensions}' pixel limit),
 * narrowed to PNG, JPEG and GIF and to 5 MB, as logos and banners are. SVG is refused: it can carry script.
 */
final class PicturePolicy {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private PicturePolicy() {
    }

    record Accepted(String contentType, int width, int height) {
    }

    static Accepted check(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "请选择图片文件");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UploadPolicy.TooLarge("图片超过 5 MB，请压缩后再上传。");
        }
        String kind = UploadPolicy.sniff(bytes).orElse("");
        if (!kind.equals("png") && !kind.equals("jpeg") && !kind.equals("gif")) {
            throw new InvalidInputException("file", "只能上传 PNG、JPG 或 GIF 图片");
        }
        UploadPolicy.Accepted accepted = UploadPolicy.check(fileName, bytes);
        ImageDimensions.Size size = ImageDimensions.check(bytes);
        return new Accepted(accepted.contentType(), size.width(), size.height());
    }
}
