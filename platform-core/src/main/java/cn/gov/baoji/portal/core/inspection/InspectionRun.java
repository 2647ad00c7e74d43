package cn.gov.baoji.portal.core.inspection;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One self-inspection of the county: when, why, and what changed. */
@Entity
@Table(name = "inspection_run")
public class InspectionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    OffsetDateTime finishedAt;

    @Column(nullable = false)
    String trigger;

    @Column(name = "triggered_by", nullable = false)
    String triggeredBy;

    @Column(name = "open_findings", nullable = false)
    int openFindings;

    @Column(name = "veto_findings", nullable = false)
    int vetoFindings;

    @Column(nullable = false)
    int appeared;

    @Column(nullable = false)
    int resolved;

    protected InspectionRun() {
    }

    InspectionRun(OffsetDateTime startedAt, String trigger, String triggeredBy) {
        this.startedAt = startedAt;
        this.trigger = trigger;
        this.triggeredBy = triggeredBy;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public String getTrigger() {
        return trigger;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public int getOpenFindings() {
        return openFindings;
    }

    public int getVetoFindings() {
        return vetoFindings;
    }

    public int getAppeared() {
        return appeared;
    }

    public int getResolved() {
        return resolved;
    }
}
