package cn.gov.baoji.portal.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

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
            "disclosure", "departments", "department", "sitemap", "article-list", "pager", "home-blocks", "nav-items",
            "site-name", "elder-switch", "surveys", "survey", "survey-thanks", "survey-results",
            "messages", "message", "message-form", "message-sent", "message-lookup", "message-stats",
            "interviews", "interview",
            "consultations", "consultation", "interaction",
            "application-form", "application-input", "application-sent", "application-lookup", "service-results",
            "service-stats", "services", "service", "service-channel", "services-block", "reports", "report",
            "search-box", "search");

    /** Every template a theme must have: the overridable ones and the error page, which never uses overrides. */
    public static final List<String> REQUIRED = java.util.stream.Stream.concat(OVERRIDABLE.stream(), java.util.stream.Stream.of("error"))
            .toList();

    private static final Logger LOG = Logger.getLogger(ThemeRenderer.class);

    private final ThemeCatalog catalog;
    private final PageEngines engines;

    public ThemeRenderer(ThemeCatalog catalog, PageEngines engines) {
        this.catalog = catalog;
        this.engines = engines;
    }

    /** A page with the theme's own templates only (the error page, pages of counties without overrides). */
    public String render(String themeName, String templateName, Map<String, Object> data) {
        Theme theme = catalog.findOrBase(themeName);
        return render(theme, engines.engine(theme.name(), theme.chain(), Map.of()), templateName, data);
    }

    /**
     * A page of the live site with the county's published overrides in front of the theme. If the
     * overrides fail on this page (a bound, data they never met, HTML outside the allow-list), the
     * page is shown with the theme alone, and the overrides are switched off for every page until
     * the county publishes others: one failure costs one render, not one per request.
     *
     * @param county who the page is for, for the log
     */
    public String renderPublished(String themeName, String templateName, Map<String, Object> data,
            Map<String, String> overrides, String county) {
        Theme theme = catalog.findOrBase(themeName);
        if (overrides.isEmpty() || engines.isSwitchedOff(theme.name(), overrides)) {
            return render(themeName, templateName, data);
        }
        try {
            return checked(render(theme, engines.engine(theme.name(), theme.chain(), overrides), templateName, data));
        } catch (RenderRefusedException e) {
            engines.switchOff(theme.name(), overrides);
            LOG.warnf("Template overrides of %s failed on page '%s' (%s); they are switched off and every page is "
                    + "shown with theme '%s' alone until the county publishes its look again", county, templateName,
                    e.getMessage(), theme.name());
            return render(themeName, templateName, data);
        }
    }

    /**
     * A page with overrides not published yet, for the webmaster's preview and the save check, on an
     * engine that is not kept.
     *
     * @throws RenderRefusedException saying why the page cannot be shown with these overrides
     */
    public String renderDraft(String themeName, String templateName, Map<String, Object> data,
            Map<String, String> overrides) {
        Theme theme = catalog.findOrBase(themeName);
        if (overrides.isEmpty()) {
            return render(themeName, templateName, data);
        }
        return checked(render(theme, engines.fresh(theme.chain(), overrides), templateName, data));
    }

    /** A page rendered with overrides goes out only if a browser would find nothing outside the allow-list in it. */
    private static String checked(String html) {
        TemplateSourcePolicy.violation(html).ifPresent(why -> {
            throw new RenderRefusedException("自定义模板生成的页面含有不允许的内容：" + why);
        });
        return html;
    }

    private String render(Theme theme, PageEngine engine, String templateName, Map<String, Object> data) {
        Template template;
        try {
            template = engine.template(templateName);
        } catch (RuntimeException | StackOverflowError e) {
            throw PageEngine.refusal(e);
        }
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
            } catch (RuntimeException | StackOverflowError e) {
                throw new InvalidInputException("templates", "模板“" + name + "”有语法错误或使用了不支持的写法："
                        + PageEngine.refusal(e).getMessage());
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
