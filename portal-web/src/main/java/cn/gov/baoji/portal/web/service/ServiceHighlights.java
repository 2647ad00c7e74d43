package cn.gov.baoji.portal.web.service;

import java.util.List;

/** The 办事服务 channel's block: the most viewed items and the life events to browse by. */
public record ServiceHighlights(List<ServiceCard> popular, List<FilterLink> events, long total) {
}
