package cn.gov.baoji.portal.core.look;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** A logo or banner image of the county, as uploaded; never changed once stored. */
@Entity
@Table(name = "look_asset")
public class LookAsset {

    /** Where the image goes on the page. */
    public enum Kind {
        LOGO(1), BANNER(3);

        final int maxMegabytes;

        Kind(int maxMegabytes) {
            this.maxMegabytes = maxMegabytes;
        }

        /** The kind a form or query names: {@code logo} or {@code banner}. */
        public static Kind named(String name) {
            if ("logo".equals(name)) {
                return LOGO;
            }
            if ("banner".equals(name)) {
                return BANNER;
            }
            throw new InvalidInputException("kind", "图片用途只能是 logo（标志）或 banner（横幅）");
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private String sha256;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt = OffsetDateTime.now();

    protected LookAsset() {
    }

    LookAsset(Kind kind, LookImagePolicy.Image image, String sha256, byte[] bytes, String uploadedBy) {
        this.kind = kind;
        this.contentType = image.contentType();
        this.width = image.width();
        this.height = image.height();
        this.sha256 = sha256;
        this.bytes = bytes;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
