package cn.gov.baoji.portal.core.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The facts every uploaded document keeps beside its owner's id (an article's {@link Attachment}, a
 * consultation's file): name and type as the upload rules accepted them, size and checksum. Their
 * tables have these columns alike; the bytes live apart, in a {@link StoredFileContent}.
 */
@MappedSuperclass
public abstract class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    protected StoredFile() {
    }

    /** A file {@link UploadPolicy} has accepted, with the bytes it checked. */
    protected StoredFile(UploadPolicy.Accepted accepted, byte[] bytes) {
        this.fileName = accepted.fileName();
        this.contentType = accepted.contentType();
        this.sizeBytes = bytes.length;
        this.sha256 = FileDigests.sha256(bytes);
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    /** The name as a path segment. */
    public String encodedName() {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
