package cn.gov.baoji.portal.core.content;

/** An attachment's public facts; {@code url} is the download path on the article's own site. */
public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String url) {

    public boolean image() {
        return contentType.startsWith("image/");
    }

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(),
                "/attachments/" + a.getId() + "/" + a.encodedName());
    }
}
