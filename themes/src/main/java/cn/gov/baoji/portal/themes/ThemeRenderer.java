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
        Theme theme = catalog.findOrBase(themeName);
        Engine engine = engines.computeIfAbsent(theme.name(), n -> buildEngine(theme));
        Template template = engine.getTemplate(templateName);
        if (template == null) {
            throw new ThemeException("Template '" + templateName + "' exists in no theme of chain " + theme.chain());
        }
        var instance = template.instance();
        data.forEach(instance::data);
        instance.data("theme", theme);
        return instance.render();
    }

    /** Locates and parses a template of a theme now, so that a broken one is reported at once. */
    public void requireTemplate(String themeName, String templateName) {
        Theme theme = catalog.findOrBase(themeName);
        Engine engine = engines.computeIfAbsent(theme.name(), n -> buildEngine(theme));
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

    private Engine buildEngine(Theme theme) {
        return applicationEngine.newBuilder()
                .addLocator(new ChainLocator(theme))
                // Page models are plain records; reflection lets themes reach their accessors.
                .addValueResolver(new ReflectionValueResolver())
                .build();
    }

    /** Looks a template up along a theme's chain. */
    private final class ChainLocator implements TemplateLocator {

        private final Theme theme;

        ChainLocator(Theme theme) {
            this.theme = theme;
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
