package cn.gov.baoji.portal.core.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an application's file, apart from its metadata so that listings never load them. */
@Entity
@Table(name = "application_file_content")
public class ApplicationFileContent {

    @Id
    @Column(name = "file_id")
    Long fileId;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    byte[] bytes;

    protected ApplicationFileContent() {
    }

    ApplicationFileContent(Long fileId, byte[] bytes) {
        this.fileId = fileId;
        this.bytes = bytes;
    }
}
