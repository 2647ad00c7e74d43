package cn.gov.baoji.portal.core.look;

import cn.gov.baoji.portal.core.content.ImageDimensions;
import cn.gov.baoji.portal.core.content.UploadPolicy;

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
        String type = UploadPolicy.pictureType(bytes, kind.maxMegabytes);
        ImageDimensions.Size size = ImageDimensions.check(bytes);
        return new Image(type, size.width(), size.height());
    }
}
