package cn.gov.baoji.portal.themes.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link PageEngine} per shipped theme, kept for good, and engines for published county
 * overrides, kept by the SHA-256 of the overrides' content: two counties share one only when their
 * overrides are the same text. Override engines are bounded by weight (what their templates cost
 * to hold: one unit per expression or section tag), the least recently used dropped first. Drafts
 * get fresh engines that are never kept, so trying out templates fills no cache.
 * <p>
 * Overrides that failed on the live site are switched off by digest: their pages show the theme
 * alone, without rendering them again, until the county publishes other overrides.
 */
public final class PageEngines {

    private static final long MAX_CACHED_WEIGHT = 10_000;
    private static final int MAX_SWITCHED_OFF = 10_000;

    private final PageModel model;
    private final RenderLimits limits;
    private final ClassLoader classLoader;
    private final Map<String, PageEngine> themes = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Weighed> overridden = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<String> switchedOff = Collections.newSetFromMap(new ConcurrentHashMap<>());
    private long cachedWeight;

    private record Weighed(PageEngine engine, long weight) {
    }

    public PageEngines(PageModel model, RenderLimits limits, ClassLoader classLoader) {
        this.model = model;
        this.limits = limits;
        this.classLoader = classLoader;
    }

    /** The kept engine for a theme's chain with these published overrides in front (empty: the theme alone). */
    public PageEngine engine(String themeName, List<String> chain, Map<String, String> overrides) {
        if (overrides.isEmpty()) {
            return themes.computeIfAbsent(themeName, n -> fresh(chain, Map.of()));
        }
        String key = key(themeName, overrides);
        synchronized (overridden) {
            Weighed kept = overridden.get(key);
            if (kept != null) {
                return kept.engine();
            }
            Weighed created = new Weighed(fresh(chain, overrides), weightOf(overrides));
            overridden.put(key, created);
            cachedWeight += created.weight();
            Iterator<Weighed> eldest = overridden.values().iterator();
            while (cachedWeight > MAX_CACHED_WEIGHT && eldest.hasNext()) {
                Weighed dropped = eldest.next();
                if (dropped != created) {
                    cachedWeight -= dropped.weight();
                    eldest.remove();
                }
            }
            return created.engine();
        }
    }

    /** An engine that is not kept, for drafts and checks. */
    public PageEngine fresh(List<String> chain, Map<String, String> overrides) {
        return new PageEngine(model, limits, new ThemeLocator(chain, Map.copyOf(overrides), classLoader));
    }

    public boolean isSwitchedOff(String themeName, Map<String, String> overrides) {
        return switchedOff.contains(key(themeName, overrides));
    }

    /** Stops using these overrides on the live site; the county's next publication gets a new chance. */
    public void switchOff(String themeName, Map<String, String> overrides) {
        if (switchedOff.size() < MAX_SWITCHED_OFF) {
            switchedOff.add(key(themeName, overrides));
        }
        synchronized (overridden) {
            Weighed dropped = overridden.remove(key(themeName, overrides));
            if (dropped != null) {
                cachedWeight -= dropped.weight();
            }
        }
    }

    long cachedWeight() {
        synchronized (overridden) {
            return cachedWeight;
        }
    }

    /** What holding the parsed overrides costs: one unit per expression or section tag, and one for the engine. */
    static long weightOf(Map<String, String> overrides) {
        return 1 + overrides.values().stream().mapToLong(t -> t.chars().filter(c -> c == '{').count()).sum();
    }

    private static String key(String themeName, Map<String, String> overrides) {
        return themeName + "|" + digest(overrides);
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
