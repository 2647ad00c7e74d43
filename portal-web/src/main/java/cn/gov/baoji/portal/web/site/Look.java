package cn.gov.baoji.portal.web.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * How a page looks for this request: the theme's variables with the county's own colours over them,
 * and whether the reader chose the large-text, high-contrast mode (长者模式).
 *
 * @param path this page's path, URL-encoded, for the mode switch to come back to
 * @param customCss address of the county's own style sheet, if it has one
 */
public record Look(String primary, String primaryDark, String secondary, String stylesheet, boolean elder, String path,
        String customCss) {

    static Look of(Map<String, String> themeVariables, SiteLook site, boolean elder, String path, String customCss) {
        String primary = site.primaryColor() != null ? site.primaryColor() : themeVariables.get("color.primary");
        String primaryDark = site.primaryColor() != null ? darker(site.primaryColor())
                : themeVariables.get("color.primary-dark");
        String secondary = site.secondaryColor() != null ? site.secondaryColor() : themeVariables.get("color.secondary");
        return new Look(primary, primaryDark, secondary, themeVariables.get("stylesheet"), elder,
                URLEncoder.encode(path, StandardCharsets.UTF_8), customCss);
    }

    /** A darker shade for navigation bars, keeping white text readable on it. */
    static String darker(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16) * 7 / 10;
        int g = Integer.parseInt(hex.substring(3, 5), 16) * 7 / 10;
        int b = Integer.parseInt(hex.substring(5, 7), 16) * 7 / 10;
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
