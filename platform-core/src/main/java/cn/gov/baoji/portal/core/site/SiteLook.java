package cn.gov.baoji.portal.core.site;

import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * A county's own colours over its theme's; null means "the theme's".
 *
 * @param primaryColor lower-case {@code #rrggbb}
 */
public record SiteLook(String primaryColor, String secondaryColor) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-f]{6}");

    public SiteLook {
        primaryColor = color("primaryColor", primaryColor);
        secondaryColor = color("secondaryColor", secondaryColor);
    }

    public static SiteLook none() {
        return new SiteLook(null, null);
    }

    private static String color(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!COLOR.matcher(v).matches()) {
            throw new InvalidInputException(field, "颜色应写作 #rrggbb，例如 #b0121b");
        }
        return v;
    }
}
