package cn.gov.baoji.portal.core.catalogue;

/**
 * A node of the disclosure catalogue (政府信息公开目录).
 *
 * @param local true for a county's own node, false for the city's
 */
public record CatalogueNode(String code, String parentCode, String name, int sortOrder, boolean allowLocalChildren,
        boolean local) {
}
