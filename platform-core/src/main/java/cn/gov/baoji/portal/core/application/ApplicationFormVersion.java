package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of an application form. Changed in place while no application used it; once one
 * did, a change makes a new version and this one stays as it was, for the applications sent with it.
 */
@Entity
@Table(name = "application_form_version")
public class ApplicationFormVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "form_id", nullable = false, updatable = false)
    Long formId;

    @Column(nullable = false, updatable = false)
    int number;

    @Column(name = "definition_json", nullable = false)
    String definitionJson;

    @Column(name = "saved_at", nullable = false)
    OffsetDateTime savedAt;

    @Column(name = "saved_by", nullable = false)
    String savedBy;

    protected ApplicationFormVersion() {
    }

    ApplicationFormVersion(Long formId, int number) {
        this.formId = formId;
        this.number = number;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }
}
