package cn.gov.baoji.portal.web.service;

/** A way to narrow the list (a life event, an audience, a department): its name, address and whether it is chosen. */
public record FilterLink(String value, String label, long count, String url, boolean chosen) {
}
