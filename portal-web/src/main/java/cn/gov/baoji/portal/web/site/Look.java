package cn.gov.baoji.portal.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.baoji.portal.core.look.LookSettings;
import cn.gov.baoji.portal.core.look.SiteNames;
import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * How a page looks for this request: the theme's variables with the county's own choices over
 * them, and whether the reader chose the large-text, high-contrast mode (长者模式).
 *
 * @param title the masthead's first line
 * @param subtitle the masthead's second line, or null for the theme's wording
 * @param path this page's path, URL-encoded, for the mode switch to come back to
 * @param customCss address of the county's own style sheet, if it has one
 * @param logo address of the county's logo, if it has one
 * @param banner address of the home page banner: the county's own, else the theme's, if any
 * @param homeLayout how the home page lays out its blocks
 * @param preview whether this is the webmaster's preview of an unpublished look
 */
public record Look(String primary, String primaryDark, String secondary, String stylesheet, boolean elder, String path,
        String customCss, String title, String subtitle, String logo, String banner, String homeLayout,
        boolean preview) {

    /** The page's look from the theme's variables, the county's colours and, if any, its own look. */
    static Look of(Map<String, String> themeVariables, SiteLook colours, LookSettings own, LookLinks links,
            String siteName, boolean elder, String path) {
        String primary = colours.primaryColor() != null ? colours.primaryColor() : themeVariables.get("color.primary");
        String primaryDark = colours.primaryColor() != null ? darker(colours.primaryColor())
                : themeVariables.get("color.primary-dark");
        String secondary = colours.secondaryColor() != null ? colours.secondaryColor() : themeVariables.get("color.secondary");
        SiteNames names = own == null || own.names() == null ? new SiteNames(null, null) : own.names();
        String css = own != null && own.customCss() != null ? links.customCss() : null;
        String logo = own == null ? null : links.asset(own.logoId());
        String banner = own != null && own.bannerId() != null ? links.asset(own.bannerId())
                : themeVariables.get("banner.image");
        return new Look(primary, primaryDark, secondary, themeVariables.get("stylesheet"), elder,
                URLEncoder.encode(path, StandardCharsets.UTF_8), css, names.title() != null ? names.title() : siteName,
                names.subtitle(), logo, banner, own == null ? "grid" : own.home().layout(), links.preview());
    }

    /** A darker shade for navigation bars, keeping white text readable on it. */
    static String darker(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16) * 7 / 10;
        int g = Integer.parseInt(hex.substring(3, 5), 16) * 7 / 10;
        int b = Integer.parseInt(hex.substring(5, 7), 16) * 7 / 10;
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
