package cn.gov.baoji.portal.core.interview;

/** A guest as the webmaster writes it: name and title or post (职务). */
public record GuestInput(String name, String position) {
}
