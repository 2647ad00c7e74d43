package cn.gov.baoji.portal.themes.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

/**
 * Finds a template along a theme's chain (the county's overrides, the theme, its parents, base),
 * and nowhere else: back-office and console templates live elsewhere and cannot be included.
 */
final class ThemeLocator implements TemplateLocator {

    private static final Variant HTML = new Variant(Locale.SIMPLIFIED_CHINESE, StandardCharsets.UTF_8, Variant.TEXT_HTML);
    private static final Pattern TEMPLATE_ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    private final List<String> chain;
    private final Map<String, String> overrides;
    private final ClassLoader classLoader;

    ThemeLocator(List<String> chain, Map<String, String> overrides, ClassLoader classLoader) {
        this.chain = chain;
        this.overrides = overrides;
        this.classLoader = classLoader;
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        if (!TEMPLATE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        String own = overrides.get(id);
        if (own != null) {
            return Optional.of(new Location(() -> new StringReader(own)));
        }
        for (String theme : chain) {
            URL url = classLoader.getResource("themes/" + theme + "/templates/" + id + ".html");
            if (url != null) {
                return Optional.of(new Location(() -> {
                    try {
                        return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Template '" + id + "' of theme '" + theme + "' cannot be read", e);
                    }
                }));
            }
        }
        return Optional.empty();
    }

    private record Location(java.util.function.Supplier<Reader> reader) implements TemplateLocation {

        @Override
        public Reader read() {
            return reader.get();
        }

        @Override
        public Optional<Variant> getVariant() {
            return Optional.of(HTML);
        }
    }
}
