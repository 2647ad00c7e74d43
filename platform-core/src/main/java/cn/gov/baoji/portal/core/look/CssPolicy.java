package cn.gov.baoji.portal.core.look;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Custom CSS may style the site but never load anything from elsewhere or run script: no
 * {@code @import}, no absolute URLs, no {@code expression()}, {@code javascript:} or bindings, and
 * nothing that could close the style sheet.
 */
public final class CssPolicy {

    private static final int MAX_LENGTH = 20_000;
    private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")]*)", Pattern.CASE_INSENSITIVE);
    private static final List<String> FORBIDDEN = List.of("@import", "expression(", "javascript:", "vbscript:", "behavior:",
            "-moz-binding", "</", "<!--", "\\");

    private CssPolicy() {
    }

    public static String check(String css) {
        if (css == null || css.isBlank()) {
            return null;
        }
        if (css.length() > MAX_LENGTH) {
            throw new InvalidInputException("customCss", "自定义样式不能超过 20000 个字符");
        }
        String lower = css.toLowerCase(Locale.ROOT).replaceAll("/\\*.*?\\*/", "").replaceAll("\\s+", "");
        for (String bad : FORBIDDEN) {
            if (lower.contains(bad.replaceAll("\\s+", ""))) {
                throw new InvalidInputException("customCss", "自定义样式不允许使用“" + bad + "”");
            }
        }
        var urls = URL.matcher(css);
        while (urls.find()) {
            String target = urls.group(1).strip().toLowerCase(Locale.ROOT);
            if (!target.startsWith("/") || target.startsWith("//")) {
                throw new InvalidInputException("customCss", "自定义样式只能引用本站的资源（以 / 开头的地址）");
            }
        }
        return css;
    }
}
