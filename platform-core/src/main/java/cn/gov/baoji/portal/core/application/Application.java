package cn.gov.baoji.portal.core.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A citizen's online application (网上申报) for a service item, with its handling state and clock.
 * The applicant's name, phone and the form's values are personal data: only the handling department,
 * the county's webmaster and the applicant's own lookup (tracking number + phone) read them.
 */
@Entity
@Table(name = "application")
public class Application {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, updatable = false)
    String trackingNumber;

    @Column(name = "submission_key", nullable = false, updatable = false)
    String submissionKey;

    @Column(name = "service_code", nullable = false, updatable = false)
    String serviceCode;

    @Column(name = "service_name", nullable = false, updatable = false)
    String serviceName;

    @Column(name = "department_code", nullable = false, updatable = false)
    String departmentCode;

    @Column(name = "form_version_id", nullable = false, updatable = false)
    Long formVersionId;

    @Column(nullable = false, updatable = false)
    String applicant;

    @Column(nullable = false, updatable = false)
    String phone;

    @Column(name = "values_json", nullable = false, updatable = false)
    String valuesJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ApplicationState state = ApplicationState.SUBMITTED;

    /** The state to return to when requested material arrives. */
    @Enumerated(EnumType.STRING)
    @Column(name = "resume_state")
    ApplicationState resumeState;

    @Column(name = "received_at", nullable = false, updatable = false)
    OffsetDateTime receivedAt;

    @Column(name = "time_limit_days", nullable = false, updatable = false)
    int timeLimitDays;

    /** Working days the clock stood still in finished pauses. */
    @Column(name = "paused_days", nullable = false)
    int pausedDays;

    /** The day material was requested, while waiting for it. */
    @Column(name = "paused_since")
    LocalDate pausedSince;

    /** The day the time limit ends; null while paused. */
    @Column(name = "due_on")
    LocalDate dueOn;

    @Column(name = "material_request")
    String materialRequest;

    @Column(name = "accepted_at")
    OffsetDateTime acceptedAt;

    @Column(name = "completed_at")
    OffsetDateTime completedAt;

    /** Working days taken, pauses excluded, once completed. */
    @Column(name = "elapsed_days")
    Integer elapsedDays;

    @Column(name = "on_time")
    Boolean onTime;

    /** The decision's text: the result the citizen reads, or why it was refused. */
    String result;

    Integer rating;

    @Column(name = "rating_comment")
    String ratingComment;

    @Column(name = "rated_at")
    OffsetDateTime ratedAt;

    @Version
    int version;

    protected Application() {
    }

    Application(String trackingNumber, String submissionKey) {
        this.trackingNumber = trackingNumber;
        this.submissionKey = submissionKey;
    }

    public Long getId() {
        return id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getServiceName() {
        return serviceName;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public ApplicationState getState() {
        return state;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public int getTimeLimitDays() {
        return timeLimitDays;
    }
}
