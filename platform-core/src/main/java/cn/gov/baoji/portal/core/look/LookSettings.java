package cn.gov.baoji.portal.core.look;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * What a webmaster may change about the county's look without a developer: the theme, the main
 * colours, custom CSS and overrides of single templates of the theme.
 */
public record LookSettings(String theme, String primaryColor, String secondaryColor, String customCss,
        Map<String, String> templates) {

    private static final int MAX_TEMPLATE = 50_000;

    public LookSettings {
        if (theme == null || !theme.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new InvalidInputException("theme", "请选择主题");
        }
        SiteLook colours = new SiteLook(primaryColor, secondaryColor);
        primaryColor = colours.primaryColor();
        secondaryColor = colours.secondaryColor();
        customCss = CssPolicy.check(customCss);
        Map<String, String> checked = new LinkedHashMap<>();
        if (templates != null) {
            templates.forEach((name, content) -> {
                if (name == null || !name.matches("[a-z][a-z0-9-]{0,40}")) {
                    throw new InvalidInputException("templates", "模板名称无效");
                }
                if (content == null || content.isBlank()) {
                    return;
                }
                if (content.length() > MAX_TEMPLATE) {
                    throw new InvalidInputException("templates", "模板“" + name + "”过长");
                }
                checked.put(name, content);
            });
        }
        templates = Map.copyOf(checked);
    }

    public SiteLook colours() {
        return new SiteLook(primaryColor, secondaryColor);
    }
}
