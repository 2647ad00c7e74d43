package cn.gov.baoji.portal.themes;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

/**
 * Renders a page with a theme. Each theme gets its own Qute engine whose locator walks the
 * theme's chain (theme, parents, base), so {@code {#include layout}} in a child theme finds the
 * nearest layout. Output is HTML-escaped by the engine the application configured.
 */
public class ThemeRenderer {

    private static final Variant HTML = new Variant(Locale.SIMPLIFIED_CHINESE, StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Engine applicationEngine;
    private final ThemeCatalog catalog;
    private final ClassLoader classLoader;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    public ThemeRenderer(Engine applicationEngine, ThemeCatalog catalog, ClassLoader classLoader) {
        this.applicationEngine = applicationEngine;
        this.catalog = catalog;
        this.classLoader = classLoader;
    }

    public String render(String themeName, String templateName, Map<String, Object> data) {
        return render(themeName, templateName, data, Map.of());
    }

    /**
     * Renders with a county's own versions of some templates in front of the theme's. Overrides must
     * have passed {@link #checkOverrides} when they were saved.
     */
    public String render(String themeName, String templateName, Map<String, Object> data, Map<String, String> overrides) {
        Theme theme = catalog.findOrBase(themeName);
        Engine engine = overrides.isEmpty() ? engines.computeIfAbsent(theme.name(), n -> buildEngine(theme, Map.of()))
                : overrideEngine(theme, overrides);
        Template template = engine.getTemplate(templateName);
        if (template == null) {
            throw new ThemeException("Template '" + templateName + "' exists in no theme of chain " + theme.chain());
        }
        var instance = template.instance();
        data.forEach(instance::data);
        instance.data("theme", theme);
        instance.data("msg", theme.messages());
        return instance.render();
    }

    /**
     * Refuses template overrides that do not parse, that reach outside the page's data (namespaces
     * such as {@code inject:} or {@code config:}, or reflection), or that name no template of the theme.
     */
    public void checkOverrides(String themeName, Map<String, String> overrides) {
        Theme theme = catalog.findOrBase(themeName);
        Engine engine = buildEngine(theme, overrides);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            if (!ThemeStartup.PAGE_TEMPLATES.contains(o.getKey()) && !ThemeStartup.FRAGMENTS.contains(o.getKey())) {
                throw new ThemeException("主题没有名为“" + o.getKey() + "”的模板");
            }
            Template template;
            try {
                template = engine.getTemplate(o.getKey());
            } catch (io.quarkus.qute.TemplateException e) {
                throw new ThemeException("模板“" + o.getKey() + "”有语法错误：" + e.getMessage());
            }
            for (io.quarkus.qute.Expression expression : template.getExpressions()) {
                if (expression.getNamespace() != null) {
                    throw new ThemeException("模板“" + o.getKey() + "”第 " + expression.getOrigin().getLine() + " 行不能使用“"
                            + expression.getNamespace() + ":”，只能使用页面提供的数据");
                }
                for (io.quarkus.qute.Expression.Part part : expression.getParts()) {
                    if (FORBIDDEN_PARTS.contains(part.getName())) {
                        throw new ThemeException("模板“" + o.getKey() + "”第 " + expression.getOrigin().getLine()
                                + " 行访问了不允许的属性“" + part.getName() + "”");
                    }
                }
            }
        }
    }

    private static final java.util.Set<String> FORBIDDEN_PARTS = java.util.Set.of("class", "getClass", "classLoader",
            "getClassLoader", "forName", "newInstance", "invoke", "getRuntime", "exec", "getDeclaredMethods", "getMethods");

    private final Map<String, Engine> overrideEngines = new ConcurrentHashMap<>();

    private Engine overrideEngine(Theme theme, Map<String, String> overrides) {
        String key = theme.name() + "|" + overrides.hashCode();
        if (overrideEngines.size() > 200) {
            overrideEngines.clear();
        }
        return overrideEngines.computeIfAbsent(key, k -> buildEngine(theme, overrides));
    }

    /** Locates and parses a template of a theme now, so that a broken one is reported at once. */
    public void requireTemplate(String themeName, String templateName) {
        Theme theme = catalog.findOrBase(themeName);
        Engine engine = engines.computeIfAbsent(theme.name(), n -> buildEngine(theme, Map.of()));
        try {
            if (engine.getTemplate(templateName) == null) {
                throw new ThemeException("Theme '" + themeName + "' has no template '" + templateName + "' in its chain "
                        + theme.chain());
            }
        } catch (io.quarkus.qute.TemplateException e) {
            throw new ThemeException("Template '" + templateName + "' of theme '" + themeName + "' does not parse: "
                    + e.getMessage());
        }
    }

    private Engine buildEngine(Theme theme, Map<String, String> overrides) {
        return applicationEngine.newBuilder()
                .addLocator(new ChainLocator(theme, overrides))
                // Page models are plain records; reflection lets themes reach their accessors.
                .addValueResolver(new ReflectionValueResolver())
                .build();
    }

    /** Looks a template up along a theme's chain. */
    private final class ChainLocator implements TemplateLocator {

        private final Theme theme;
        private final Map<String, String> overrides;

        ChainLocator(Theme theme, Map<String, String> overrides) {
            this.theme = theme;
            this.overrides = overrides;
        }

        @Override
        public int getPriority() {
            return DEFAULT_PRIORITY + 100;
        }

        @Override
        public Optional<TemplateLocation> locate(String id) {
            if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
                return Optional.empty();
            }
            String own = overrides.get(id);
            if (own != null) {
                return Optional.of(new TemplateLocation() {
                    @Override
                    public Reader read() {
                        return new java.io.StringReader(own);
                    }

                    @Override
                    public Optional<Variant> getVariant() {
                        return Optional.of(HTML);
                    }
                });
            }
            for (String name : theme.chain()) {
                URL url = classLoader.getResource("themes/" + name + "/templates/" + id + ".html");
                if (url != null) {
                    return Optional.of(new TemplateLocation() {
                        @Override
                        public Reader read() {
                            try {
                                InputStream in = url.openStream();
                                return new InputStreamReader(in, StandardCharsets.UTF_8);
                            } catch (java.io.IOException e) {
                                throw new ThemeException("Template '" + id + "' of theme '" + name + "' cannot be read");
                            }
                        }

                        @Override
                        public Optional<Variant> getVariant() {
                            return Optional.of(HTML);
                        }
                    });
                }
            }
            return Optional.empty();
        }
    }
}
