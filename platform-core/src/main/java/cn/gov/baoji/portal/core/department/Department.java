package cn.gov.baoji.portal.core.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A department or township of a county; it publishes through the county portal. */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DepartmentKind kind;

    @Column(length = 2000)
    private String intro;

    @Column(name = "org_code", length = 18)
    private String orgCode;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean visible = true;

    protected Department() {
    }

    public Department(String code, String name, DepartmentKind kind, String intro, int sortOrder) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.intro = intro;
        this.sortOrder = sortOrder;
    }

    void update(String name, DepartmentKind kind, String intro, String orgCode, int sortOrder, boolean visible) {
        this.name = name;
        this.kind = kind;
        this.intro = intro;
        this.orgCode = orgCode;
        this.sortOrder = sortOrder;
        this.visible = visible;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public DepartmentKind getKind() {
        return kind;
    }

    public String getIntro() {
        return intro;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isVisible() {
        return visible;
    }
}
