package cn.gov.baoji.portal.core.catalogue;

/** A shared topic category (主题分类). */
public record TopicCategory(String code, String name, int sortOrder) {
}
