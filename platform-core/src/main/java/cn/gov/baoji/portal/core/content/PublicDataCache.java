package cn.gov.baoji.portal.core.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Data public pages read on every request (a county's published look, its visible channels, the
 * city's catalogue), kept in memory per county while that county's {@link PublicContentVersion}
 * stays the same, which every instance moves when the data changes anywhere. It is also read again
 * after {@code maxAgeMillis}, a safety net for a change notice that never arrived.
 *
 * @param <T> what is kept
 */
public final class PublicDataCache<T> {

    /** The key of data every county shows alike; it follows the city-wide part of the version. */
    public static final String CITY_WIDE = "*";

    private record Entry<T>(long version, T value, long loadedAt) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final PublicContentVersion versions;
    private final long maxAgeMillis;

    public PublicDataCache(PublicContentVersion versions, long maxAgeMillis) {
        this.versions = versions;
        this.maxAgeMillis = maxAgeMillis;
    }

    public T get(String tenantCode, Supplier<T> load) {
        // The version before loading: a change committed meanwhile moves it, and the next call loads again.
        long version = versions.current(tenantCode);
        Entry<T> entry = entries.get(tenantCode);
        if (entry != null && entry.version() == version && System.currentTimeMillis() - entry.loadedAt() < maxAgeMillis) {
            return entry.value();
        }
        T value = load.get();
        entries.put(tenantCode, new Entry<>(version, value, System.currentTimeMillis()));
        return value;
    }
}
