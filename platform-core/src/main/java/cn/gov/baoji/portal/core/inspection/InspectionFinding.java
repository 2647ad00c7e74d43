package cn.gov.baoji.portal.core.inspection;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.baoji.portal.core.content.FileDigests;

/**
 * A finding as stored: open while runs keep finding it, closed ({@code resolvedAt}) by the first run
 * that does not. Found again later, it is a new row, so the history shows each time it came and went.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_code", nullable = false)
    String ruleCode;

    @Column(name = "item_key", nullable = false)
    String itemKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Severity severity;

    @Column(nullable = false)
    String title;

    String detail;

    @Column(name = "public_url")
    String publicUrl;

    @Column(name = "admin_url")
    String adminUrl;

    String department;

    @Column(nullable = false)
    String advice;

    @Column(name = "first_seen_at", nullable = false)
    OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    OffsetDateTime lastSeenAt;

    @Column(name = "resolved_at")
    OffsetDateTime resolvedAt;

    protected InspectionFinding() {
    }

    InspectionFinding(String ruleCode, Finding f, OffsetDateTime now) {
        this.ruleCode = ruleCode;
        this.itemKey = storedKey(f.itemKey());
        this.firstSeenAt = now;
        update(f, now);
    }

    void update(Finding f, OffsetDateTime now) {
        this.severity = f.severity();
        this.title = cut(f.title(), 300);
        this.detail = cut(f.detail(), 1000);
        this.publicUrl = cut(f.publicUrl(), 500);
        this.adminUrl = cut(f.adminUrl(), 500);
        this.department = cut(f.department(), 100);
        this.advice = cut(f.advice(), 500);
        this.lastSeenAt = now;
    }

    /**
     * The key as stored (item_key is varchar(300)): a longer one keeps its start and ends with the
     * digest of the whole, so it stays unique and the same on every run.
     */
    static String storedKey(String key) {
        if (key.length() <= KEY_LENGTH) {
            return key;
        }
        String digest = FileDigests.sha256(key.getBytes(StandardCharsets.UTF_8));
        return key.substring(0, KEY_LENGTH - digest.length() - 1) + "#" + digest;
    }

    private static final int KEY_LENGTH = 300;

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public String getItemKey() {
        return itemKey;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public String getAdminUrl() {
        return adminUrl;
    }

    public String getDepartment() {
        return department;
    }

    public String getAdvice() {
        return advice;
    }

    public OffsetDateTime getFirstSeenAt() {
        return firstSeenAt;
    }

    public OffsetDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public OffsetDateTime getResolvedAt() {
        return resolvedAt;
    }
}
