package cn.gov.baoji.portal.web.site;

/**
 * Where a rendered page fetches the county's own style sheet and images: the public addresses for
 * the published look, the back office's (webmaster only) for a draft being previewed.
 */
public record LookLinks(String customCss, String assets, boolean preview) {

    public static final LookLinks PUBLISHED = new LookLinks("/look.css", "/look/assets/", false);
    public static final LookLinks PREVIEW = new LookLinks("/admin/look/preview.css", "/admin/look/assets/", true);

    String asset(Long id) {
        return id == null ? null : assets + id;
    }
}
