package cn.gov.baoji.portal.core.search;

/** How many results of one type the query found (ignoring the type filter). */
public record Facet(DocType type, long count) {
}
