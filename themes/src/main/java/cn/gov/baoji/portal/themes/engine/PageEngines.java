package cn.gov.baoji.portal.themes.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@link PageEngine} per theme, and one per theme and set of county overrides. Engines with
 * overrides are kept by the SHA-256 of the overrides' content, so two counties share an engine only
 * when their overrides are the same text, and the least recently used are dropped past a bound.
 */
public final class PageEngines {

    private static final int MAX_OVERRIDE_ENGINES = 256;

    private final PageModel model;
    private final RenderLimits limits;
    private final ClassLoader classLoader;
    private final Map<String, PageEngine> engines = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PageEngine> eldest) {
            return size() > MAX_OVERRIDE_ENGINES;
        }
    };

    public PageEngines(PageModel model, RenderLimits limits, ClassLoader classLoader) {
        this.model = model;
        this.limits = limits;
        this.classLoader = classLoader;
    }

    /** The engine for a theme's chain with these overrides in front (empty: the theme alone). */
    public PageEngine engine(String themeName, List<String> chain, Map<String, String> overrides) {
        String key = themeName + "|" + digest(overrides);
        synchronized (engines) {
            return engines.computeIfAbsent(key, k -> fresh(chain, overrides));
        }
    }

    /** An engine that is not kept, for checking overrides that may never be saved. */
    public PageEngine fresh(List<String> chain, Map<String, String> overrides) {
        return new PageEngine(model, limits, new ThemeLocator(chain, Map.copyOf(overrides), classLoader));
    }

    public RenderLimits limits() {
        return limits;
    }

    /** A digest of the overrides' names and texts, each length-prefixed so no two sets collide by concatenation. */
    static String digest(Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return "-";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> entry : new TreeMap<>(overrides).entrySet()) {
                for (String part : new String[] { entry.getKey(), entry.getValue() }) {
                    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                    sha.update((byte) ':');
                    sha.update(bytes);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
