package cn.gov.baoji.portal.core.look;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The two lines of the masthead; a blank line keeps the default (the site's registered name, and
 * the theme's subtitle).
 */
public record SiteNames(String title, String subtitle) {

    static final int MAX = 40;

    public SiteNames {
        title = TextRules.line("names.title", "网站名称", title, MAX);
        subtitle = TextRules.line("names.subtitle", "副标题", subtitle, MAX);
    }

    boolean isEmpty() {
        return title == null && subtitle == null;
    }
}
