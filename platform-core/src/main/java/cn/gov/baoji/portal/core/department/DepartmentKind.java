package cn.gov.baoji.portal.core.department;

/** A county department (部门) or a township / street (乡镇、街道). */
public enum DepartmentKind {
    DEPARTMENT("部门"),
    TOWNSHIP("乡镇（街道）");

    private final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
