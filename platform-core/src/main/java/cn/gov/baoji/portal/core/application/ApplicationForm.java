package cn.gov.baoji.portal.core.application;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The online application form of one service item of the county: its versions (see
 * {@link ApplicationFormVersion}) and what the public results show of approved applications.
 */
@Entity
@Table(name = "application_form")
public class ApplicationForm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_code", nullable = false, updatable = false)
    String serviceCode;

    /** Field keys shown in the public results (办理结果公示), comma-separated; never ID numbers or phones. */
    @Column(name = "result_fields", nullable = false)
    String resultFields = "";

    /** The highest field or file number any version used, so that a new field never takes an old key. */
    @Column(name = "highest_key", nullable = false)
    int highestKey;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    protected ApplicationForm() {
    }

    ApplicationForm(String serviceCode) {
        this.serviceCode = serviceCode;
    }

    public Long getId() {
        return id;
    }
}
