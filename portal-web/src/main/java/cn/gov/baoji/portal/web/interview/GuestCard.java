package cn.gov.baoji.portal.web.interview;

/**
 * A guest as citizens see them; the photo's alt text is the name and post.
 *
 * @param photo the photo's address on this site, or null
 */
public record GuestCard(String name, String position, String photo, String alt) {
}
