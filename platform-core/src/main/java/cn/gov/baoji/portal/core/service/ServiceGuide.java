package cn.gov.baoji.portal.core.service;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A county's service guide (办事指南) of one item of the city's catalogue: only county fields; the
 * item's name, kind and legal basis stay the city's. Published, it is public at once; a published guide
 * is always complete ({@link GuideElement}).
 */
@Entity
@Table(name = "service_guide")
public class ServiceGuide {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    /** 设定依据 as the county words it; null means the city's legal basis. */
    String basis;
    String conditions;
    String materials;
    String place;
    String hours;
    String phone;
    String process;
    String fees;

    @Column(name = "time_limit_days")
    Integer timeLimitDays;

    @Column(name = "department_code")
    String departmentCode;

    @Column(name = "service_window")
    String window;

    @Column(name = "online_apply", nullable = false)
    boolean onlineApply;

    @Column(nullable = false)
    boolean published;

    @Column(name = "published_at")
    OffsetDateTime publishedAt;

    @Column(name = "updated_by", nullable = false)
    String updatedBy;

    @Column(name = "updated_at", nullable = false)
    OffsetDateTime updatedAt;

    @Column(name = "view_count", nullable = false, insertable = false, updatable = false)
    private long viewCount;

    @Version
    @Column(name = "lock_version", nullable = false)
    private int lockVersion;

    protected ServiceGuide() {
    }

    ServiceGuide(String itemCode) {
        this.itemCode = itemCode;
    }

    public Long getId() {
        return id;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getBasis() {
        return basis;
    }

    public String getConditions() {
        return conditions;
    }

    public String getMaterials() {
        return materials;
    }

    public String getPlace() {
        return place;
    }

    public String getHours() {
        return hours;
    }

    public String getPhone() {
        return phone;
    }

    public String getProcess() {
        return process;
    }

    public String getFees() {
        return fees;
    }

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getWindow() {
        return window;
    }

    public boolean isOnlineApply() {
        return onlineApply;
    }

    public boolean isPublished() {
        return published;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getViewCount() {
        return viewCount;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
