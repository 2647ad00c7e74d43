package cn.gov.baoji.portal.core.service;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a form, apart from its metadata so guide pages never load them. */
@Entity
@Table(name = "service_form_content")
public class ServiceFormContent {

    @Id
    @Column(name = "form_id")
    private Long formId;

    @Column(nullable = false)
    private byte[] bytes;

    protected ServiceFormContent() {
    }

    ServiceFormContent(Long formId, byte[] bytes) {
        this.formId = formId;
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }
}
