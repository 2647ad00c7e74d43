package cn.gov.baoji.portal.core.report;

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
 * One county's annual website work report for one calendar year: the figures counted when it was
 * (re)generated, and what a person filled in or corrected (both as JSON maps keyed by
 * {@link ReportField#key()}).
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ReportState state = ReportState.DRAFT;

    /** Automatic figures: key → value, as counted. */
    @Column(name = "figures_json", nullable = false)
    String figuresJson = "{}";

    /** A person's entries: key → {value, note}. */
    @Column(name = "entries_json", nullable = false)
    String entriesJson = "{}";

    @Column(name = "generated_at", nullable = false)
    OffsetDateTime generatedAt;

    @Column(name = "generated_by", nullable = false)
    String generatedBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "published_by")
    String publishedBy;

    @Version
    @Column(nullable = false)
    int version;
}
