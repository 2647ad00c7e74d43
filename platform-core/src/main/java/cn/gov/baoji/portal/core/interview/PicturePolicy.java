package cn.gov.baoji.portal.core.interview;

import cn.gov.baoji.portal.core.content.ImageDimensions;
import cn.gov.baoji.portal.core.content.UploadPolicy;

/**
 * Which images an interview accepts (guest photos, transcript pictures): the article upload rules
 * ({@link UploadPolicy}: type by content, extension agreeing, {@link ImageDimensions}' pixel limit),
 * narrowed to PNG, JPEG and GIF and to 5 MB, as logos and banners are. SVG is refused: it can carry script.
 */
final class PicturePolicy {

    static final int MAX_MEGABYTES = 5;

    private PicturePolicy() {
    }

    record Accepted(String contentType, int width, int height) {
    }

    static Accepted check(String fileName, byte[] bytes) {
        String type = UploadPolicy.pictureType(bytes, MAX_MEGABYTES);
        // Unlike a logo, a picture comes with a name: its extension must agree with the content.
        UploadPolicy.check(fileName, bytes);
        ImageDimensions.Size size = ImageDimensions.check(bytes);
        return new Accepted(type, size.width(), size.height());
    }
}
