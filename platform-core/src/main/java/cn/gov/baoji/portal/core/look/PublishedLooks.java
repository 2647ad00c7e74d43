package cn.gov.baoji.portal.core.look;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.PublicDataCache;
import cn.gov.baoji.portal.core.tenant.TenantContext;

/**
 * The published look of each county, kept in memory: read from the database once, and again only
 * after the county's public content version moved, which publishing or restoring a look does on
 * every instance (see {@link PublicContentVersion}).
 */
@ApplicationScoped
public class PublishedLooks {

    private static final Logger LOG = Logger.getLogger(PublishedLooks.class);

    private final PublicDataCache<Optional<LookSettings>> byTenant;
    private final TenantContext tenant;
    private final LookStore store;

    PublishedLooks(TenantContext tenant, PublicContentVersion versions, LookStore store) {
        this.tenant = tenant;
        this.store = store;
        this.byTenant = new PublicDataCache<>(versions, 60_000);
    }

    public Optional<LookSettings> current() {
        String code = tenant.require().code().value();
        return byTenant.get(code, () -> {
            try {
                return store.published().map(LookStore.Saved::settings);
            } catch (RuntimeException e) {
                // A stored look that today's rules refuse must not take the county's site down.
                LOG.errorf(e, "The published look of %s cannot be read; the site is shown with its provisioned look",
                        code);
                return Optional.empty();
            }
        });
    }

    /** Whether the published look shows this image: only those are public. */
    public boolean shows(long assetId) {
        return current().filter(l -> Long.valueOf(assetId).equals(l.logoId()) || Long.valueOf(assetId).equals(l.bannerId()))
                .isPresent();
    }
}
