package cn.gov.baoji.portal.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * Finds themes on the classpath ({@code themes/<name>/theme.properties}) and resolves their
 * inheritance. Every chain ends with {@code base}; a missing parent or a cycle is an error.
 */
public class ThemeCatalog {

    private static final Logger LOG = Logger.getLogger(ThemeCatalog.class);
    public static final String BASE = "base";

    private final ClassLoader classLoader;
    private final Map<String, Theme> cache = new ConcurrentHashMap<>();
    private volatile List<String> shipped;

    public ThemeCatalog(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The themes webmasters may choose: the names in {@code themes/themes.list}, read once. */
    public List<String> shipped() {
        List<String> names = shipped;
        if (names == null) {
            try (InputStream in = classLoader.getResourceAsStream("themes/themes.list")) {
                names = in == null ? List.of(BASE)
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            } catch (IOException e) {
                throw new ThemeException("themes/themes.list cannot be read: " + e.getMessage());
            }
            shipped = names;
        }
        return names;
    }

    public Optional<Theme> find(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{0,30}")) {
            return Optional.empty();
        }
        Theme cached = cache.get(name);
        if (cached != null) {
            return Optional.of(cached);
        }
        if (readProperties(name).isEmpty()) {
            return Optional.empty();
        }
        Theme theme = load(name);
        cache.put(name, theme);
        return Optional.of(theme);
    }

    /** The theme, or {@code base} with a warning when it does not exist. */
    public Theme findOrBase(String name) {
        return find(name).orElseGet(() -> {
            LOG.warnf("Theme '%s' does not exist; falling back to base", name);
            return find(BASE).orElseThrow(() -> new IllegalStateException("The base theme is missing"));
        });
    }

    private Theme load(String name) {
        List<String> chain = new ArrayList<>();
        List<Properties> layers = new ArrayList<>();
        String current = name;
        while (current != null) {
            if (chain.contains(current)) {
                throw new ThemeException("Theme '" + name + "' has an inheritance cycle: " + String.join(" -> ", chain)
                        + " -> " + current);
            }
            String child = current;
            Properties props = readProperties(current).orElseThrow(() -> new ThemeException(
                    "Theme '" + chain.get(chain.size() - 1) + "' has no parent '" + child + "'"));
            chain.add(current);
            layers.add(props);
            String parent = props.getProperty("parent", "").strip();
            if (parent.isEmpty()) {
                current = BASE.equals(current) ? null : BASE;
            } else {
                current = parent;
            }
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            layers.get(i).forEach((k, v) -> {
                String key = k.toString();
                if (!key.equals("parent") && !key.equals("name")) {
                    variables.put(key, v.toString().strip());
                }
            });
        }
        Map<String, String> messages = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            // Not stripped: a text may end with a space on purpose ("宝鸡市 · " before the county's name).
            read(chain.get(i), "messages.properties").ifPresent(m -> m.forEach((k, v) -> messages.put(k.toString(),
                    v.toString())));
        }
        String label = layers.get(0).getProperty("name", name);
        return new Theme(name, label, List.copyOf(chain), Map.copyOf(variables), Map.copyOf(messages));
    }

    private Optional<Properties> readProperties(String name) {
        return read(name, "theme.properties");
    }

    private Optional<Properties> read(String name, String file) {
        try (InputStream in = classLoader.getResourceAsStream("themes/" + name + "/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties props = new Properties();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(props);
        } catch (IOException e) {
            throw new ThemeException("Theme '" + name + "' cannot be read (" + file + "): " + e.getMessage());
        }
    }
}
