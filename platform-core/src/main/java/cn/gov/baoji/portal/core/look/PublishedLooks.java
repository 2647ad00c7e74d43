package cn.gov.baoji.portal.core.look;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The published look of each county, kept in memory: read from the database once, and again only
 * after the county's public content version moved, which publishing or restoring a look does on
 * every instance (see {@link PublicContentVersion}).
 */
@ApplicationScoped
public class PublishedLooks {

    private static final Logger LOG = Logger.getLogger(PublishedLooks.class);

    private record Cached(long version, Optional<LookSettings> look, long loadedAt) {
    }

    /** Read again after this long even without a notice: a safety net for a notice that never came. */
    private static final long MAX_AGE_MILLIS = 60_000;

    private final Map<String, Cached> byTenant = new ConcurrentHashMap<>();
    private final TenantContext tenant;
    private final PublicContentVersion versions;
    private final LookStore store;

    PublishedLooks(TenantContext tenant, PublicContentVersion versions, LookStore store) {
        this.tenant = tenant;
        this.versions = versions;
        this.store = store;
    }

    public Optional<LookSettings> current() {
        String code = tenant.require().code().value();
        // The version before reading: a look published meanwhile moves it, and the next call reads again.
        long version = versions.current(code);
        Cached cached = byTenant.get(code);
        if (cached != null && cached.version() == version
                && System.currentTimeMillis() - cached.loadedAt() < MAX_AGE_MILLIS) {
            return cached.look();
        }
        Optional<LookSettings> look;
        try {
            look = store.published().map(LookStore.Saved::settings);
        } catch (RuntimeException e) {
            // A stored look that today's rules refuse must not take the county's site down.
            LOG.errorf(e, "The published look of %s cannot be read; the site is shown with its provisioned look", code);
            look = Optional.empty();
        }
        byTenant.put(code, new Cached(version, look, System.currentTimeMillis()));
        return look;
    }

    /** Whether the published look shows this image: only those are public. */
    public boolean shows(long assetId) {
        return current().filter(l -> Long.valueOf(assetId).equals(l.logoId()) || Long.valueOf(assetId).equals(l.bannerId()))
                .isPresent();
    }
}
