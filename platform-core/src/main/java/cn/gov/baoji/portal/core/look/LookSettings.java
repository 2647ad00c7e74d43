package cn.gov.baoji.portal.core.look;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.site.SiteLook;

/**
 * What a webmaster may change about the county's look without a developer. Everything but the
 * theme is optional; what is left out keeps the theme's or the county's default.
 *
 * @param templates the county's own versions of single templates of the theme
 * @param names the site name lines of the masthead
 * @param logoId a {@link LookAsset} of kind LOGO of this county
 * @param bannerId a {@link LookAsset} of kind BANNER of this county
 * @param home which channels the home page shows, how many items each, in what order and layout
 * @param navOrder channel codes in the order the navigation shows them; channels not named follow
 * @param footer the facts the national rules require in every footer
 */
public record LookSettings(String theme, String primaryColor, String secondaryColor, String customCss,
        Map<String, String> templates, SiteNames names, Long logoId, Long bannerId, HomePage home,
        List<String> navOrder, FooterFacts footer) {

    private static final int MAX_TEMPLATE = 50_000;
    /** Template tags ({@code {…}}) in one override and in all of them: what parsing and keeping them costs. */
    private static final int MAX_TAGS = 600;
    private static final int MAX_TAGS_IN_ALL = 2_000;
    /** How deep sections may nest in one override: parsing and rendering recurse once per level. */
    private static final int MAX_NESTING = 24;
    private static final int MAX_NAV = 50;

    public LookSettings {
        if (theme == null || !theme.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new InvalidInputException("theme", "请选择主题");
        }
        SiteLook colours = new SiteLook(primaryColor, secondaryColor);
        primaryColor = colours.primaryColor();
        secondaryColor = colours.secondaryColor();
        customCss = CssPolicy.check(customCss);
        templates = checkedTemplates(templates);
        names = names == null || names.isEmpty() ? null : names;
        home = home == null ? HomePage.standard() : home;
        navOrder = ChannelCodes.distinct("navOrder", navOrder, MAX_NAV, "导航");
    }

    /** Only the colours, for pages that need nothing else. */
    public SiteLook colours() {
        return new SiteLook(primaryColor, secondaryColor);
    }

    /** The same look with another logo or banner (null: none). */
    public LookSettings withImage(LookAsset.Kind kind, Long assetId) {
        return new LookSettings(theme, primaryColor, secondaryColor, customCss, templates, names,
                kind == LookAsset.Kind.LOGO ? assetId : logoId, kind == LookAsset.Kind.BANNER ? assetId : bannerId, home,
                navOrder, footer);
    }

    public LookSettings withFooter(FooterFacts facts) {
        return new LookSettings(theme, primaryColor, secondaryColor, customCss, templates, names, logoId, bannerId, home,
                navOrder, facts);
    }

    /** The channel codes this look names, to be checked against the county's channels. */
    public List<String> channelCodes() {
        List<String> codes = new ArrayList<>(navOrder);
        if (home.chosen()) {
            home.blocks().forEach(b -> codes.add(b.channel()));
        }
        return codes;
    }

    /** The deepest nesting of sections: {@code {#x}} opens one (unless it ends in {@code /}), {@code {/…}} closes it. */
    static int nesting(String template) {
        int depth = 0;
        int deepest = 0;
        for (int i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
            if (template.startsWith("{/", i)) {
                depth = Math.max(0, depth - 1);
            } else if (template.startsWith("{#", i) && !template.startsWith("{#else", i)) {
                int end = template.indexOf('}', i);
                if (end < 0 || template.charAt(end - 1) != '/') {
                    deepest = Math.max(deepest, ++depth);
                }
            }
        }
        return deepest;
    }

    private static Map<String, String> checkedTemplates(Map<String, String> templates) {
        Map<String, String> checked = new LinkedHashMap<>();
        long[] tagsInAll = new long[1];
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
                long tags = content.chars().filter(c -> c == '{').count();
                tagsInAll[0] += tags;
                if (tags > MAX_TAGS) {
                    throw new InvalidInputException("templates", "模板“" + name + "”的 {…} 标记超过 " + MAX_TAGS + " 个");
                }
                if (nesting(content) > MAX_NESTING) {
                    throw new InvalidInputException("templates", "模板“" + name + "”的 {#…} 段落嵌套超过 " + MAX_NESTING + " 层");
                }
                checked.put(name, content);
            });
        }
        if (tagsInAll[0] > MAX_TAGS_IN_ALL) {
            throw new InvalidInputException("templates", "所有自定义模板的 {…} 标记合计不能超过 " + MAX_TAGS_IN_ALL + " 个");
        }
        return Map.copyOf(checked);
    }
}
