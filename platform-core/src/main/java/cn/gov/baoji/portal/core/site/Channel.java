package cn.gov.baoji.portal.core.site;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section (栏目) of a county site. Lives in the tenant's own schema. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean visible = true;

    @Column(name = "update_every_days")
    private Integer updateEveryDays;

    @Column(name = "review_levels", nullable = false)
    private int reviewLevels = 1;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Channel() {
    }

    public Channel(String code, String name, int sortOrder, Integer updateEveryDays) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
        this.updateEveryDays = updateEveryDays;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isVisible() {
        return visible;
    }

    public Integer getUpdateEveryDays() {
        return updateEveryDays;
    }

    public int getReviewLevels() {
        return reviewLevels;
    }

    void update(Long parentId, String name, int sortOrder, boolean visible, Integer updateEveryDays, int reviewLevels) {
        this.parentId = parentId;
        this.name = name;
        this.sortOrder = sortOrder;
        this.visible = visible;
        this.updateEveryDays = updateEveryDays;
        this.reviewLevels = reviewLevels;
    }
}
