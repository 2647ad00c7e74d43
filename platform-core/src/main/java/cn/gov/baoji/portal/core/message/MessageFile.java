package cn.gov.baoji.portal.core.message;

/**
 * A file going into or coming out of a message: what a citizen uploads, or what a download sends.
 *
 * @param contentType null for an upload (decided from the content), set for a download
 */
public record MessageFile(String fileName, String contentType, byte[] bytes) {

    public boolean image() {
        return contentType != null && contentType.startsWith("image/");
    }
}
