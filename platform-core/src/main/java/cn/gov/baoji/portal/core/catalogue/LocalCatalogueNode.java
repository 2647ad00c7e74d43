package cn.gov.baoji.portal.core.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A county's own catalogue node, child of a city node that allows local children. */
@Entity
@Table(name = "local_catalogue_node")
public class LocalCatalogueNode {

    @Id
    private String code;

    @Column(name = "parent_code", nullable = false)
    private String parentCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected LocalCatalogueNode() {
    }

    LocalCatalogueNode(String code, String parentCode, String name, int sortOrder) {
        this.code = code;
        this.parentCode = parentCode;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    CatalogueNode toNode() {
        return new CatalogueNode(code, parentCode, name, sortOrder, false, true);
    }

    public String getCode() {
        return code;
    }
}
