package cn.gov.baoji.portal.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.Expression;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateNode;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.themes.engine.PageEngine;
import cn.gov.baoji.portal.themes.engine.PageEngines;
import cn.gov.baoji.portal.themes.engine.RenderRefusedException;
import cn.gov.baoji.portal.themes.engine.TemplateSourcePolicy;

/**
 * Renders a page with a theme, and with a county's own versions of some of its templates in front.
 * Every page goes through the reduced {@link PageEngine}: the shipped templates are written in the
 * same small language the counties' overrides are, so an override can do nothing a theme cannot.
 */
public class ThemeRenderer {

    /** Templates a county may replace with its own: the pages and their parts. */
    public static final List<String> OVERRIDABLE = List.of("layout", "masthead", "footer", "home", "channel", "article",
            "disclosure", "departments", "department", "sitemap", "article-list", "pager", "error", "home-blocks",
            "nav-items", "site-name", "elder-switch");

    private final ThemeCatalog catalog;
    private final PageEngines engines;

    public ThemeRenderer(ThemeCatalog catalog, PageEngines engines) {
        this.catalog = catalog;
        this.engines = engines;
    }

    public String render(String themeName, String templateName, Map<String, Object> data) {
        return render(themeName, templateName, data, Map.of());
    }

    /**
     * Renders with a county's own versions of some templates in front of the theme's.
     *
     * @throws RenderRefusedException if the render passes a bound or the templates ask for what the engine lacks
     * @throws TemplateException if a template reads data the page does not have
     */
    public String render(String themeName, String templateName, Map<String, Object> data, Map<String, String> overrides) {
        Theme theme = catalog.findOrBase(themeName);
        return render(theme, engines.engine(theme.name(), theme.chain(), overrides), templateName, data);
    }

    private String render(Theme theme, PageEngine engine, String templateName, Map<String, Object> data) {
        Template template = engine.template(templateName);
        if (template == null) {
            throw new ThemeException("Template '" + templateName + "' exists in no theme of chain " + theme.chain());
        }
        Map<String, Object> all = new HashMap<>(data);
        all.put("theme", theme);
        all.put("msg", theme.messages());
        return engine.render(template, all);
    }

    /**
     * Refuses template overrides that name no template of the theme, that hold HTML outside the
     * allow-list ({@link TemplateSourcePolicy}), that do not parse in the reduced engine (unknown
     * sections such as {@code eval} included), that use a namespace, print unescaped, or loop over a
     * literal. Rendering them with real data is the caller's second check.
     *
     * @throws InvalidInputException naming the template, the line and the reason
     */
    public void checkOverrides(String themeName, Map<String, String> overrides) {
        Theme theme = catalog.findOrBase(themeName);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!OVERRIDABLE.contains(o.getKey())) {
                throw new InvalidInputException("templates", "主题没有名为“" + o.getKey() + "”的模板");
            }
            TemplateSourcePolicy.check(o.getKey(), o.getValue());
        }
        PageEngine engine = engines.fresh(theme.chain(), overrides);
        for (String name : overrides.keySet()) {
            Template template;
            try {
                template = engine.template(name);
            } catch (TemplateException | RenderRefusedException e) {
                throw new InvalidInputException("templates", "模板“" + name + "”有语法错误或使用了不支持的写法："
                        + e.getMessage());
            }
            for (Expression expression : template.getExpressions()) {
                checkExpression(name, expression);
            }
            for (TemplateNode loop : template.findNodes(n -> n.isSection()
                    && List.of("for", "each").contains(n.asSection().getName()))) {
                for (SectionBlock block : loop.asSection().getBlocks()) {
                    Expression iterable = block.expressions.get("iterable");
                    if (iterable != null && iterable.isLiteral()) {
                        throw new InvalidInputException("templates", "模板“" + name + "”第 " + iterable.getOrigin().getLine()
                                + " 行：只能循环页面提供的列表，不能循环数字或文字");
                    }
                }
            }
        }
    }

    private static void checkExpression(String name, Expression expression) {
        int line = expression.getOrigin().getLine();
        if (expression.getNamespace() != null) {
            throw new InvalidInputException("templates", "模板“" + name + "”第 " + line + " 行不能使用“"
                    + expression.getNamespace() + ":”，只能使用页面提供的数据");
        }
        for (Expression.Part part : expression.getParts()) {
            if (part.getName().equals("raw") || part.getName().equals("safe")) {
                throw new InvalidInputException("templates", "模板“" + name + "”第 " + line
                        + " 行：页面上的文字总是经过转义，不能使用“" + part.getName() + "”");
            }
        }
    }

    /** Locates and parses a template of a theme now, so that a broken one is reported at once. */
    public void requireTemplate(String themeName, String templateName) {
        Theme theme = catalog.findOrBase(themeName);
        try {
            if (engines.engine(theme.name(), theme.chain(), Map.of()).template(templateName) == null) {
                throw new ThemeException("Theme '" + themeName + "' has no template '" + templateName + "' in its chain "
                        + theme.chain());
            }
        } catch (TemplateException | RenderRefusedException e) {
            throw new ThemeException("Template '" + templateName + "' of theme '" + themeName + "' does not parse: "
                    + e.getMessage());
        }
    }
}
