package cn.gov.baoji.portal.core.site;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.content.PublicDataCache;
import cn.gov.baoji.portal.core.tenant.TenantContext;


/** The current tenant's site facts and channels. */
@ApplicationScoped
public class SiteService {

    private final ChannelRepository channels;
    private final EntityManager entityManager;
    private final TenantContext tenant;
    // Every public page shows the navigation; channel changes move the county's content version.
    private final PublicDataCache<List<ChannelView>> visible;

    SiteService(ChannelRepository channels, EntityManager entityManager, TenantContext tenant,
            PublicContentVersion versions) {
        this.channels = channels;
        this.entityManager = entityManager;
        this.tenant = tenant;
        this.visible = new PublicDataCache<>(versions, 60_000);
    }

    /** A channel as shown to citizens. */
    public record ChannelView(long id, String code, String name) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteLook look() {
        SiteSettings settings = entityManager.find(SiteSettings.class, SiteSettings.SINGLE_ROW_ID);
        return settings == null ? SiteLook.none() : settings.look();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SiteFooter footer() {
        SiteSettings settings = entityManager.find(SiteSettings.class, SiteSettings.SINGLE_ROW_ID);
        if (settings == null) {
            throw new IllegalStateException("Site settings are missing; the tenant was not provisioned completely");
        }
        return settings.footer();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelView> visibleChannels() {
        return visible.get(tenant.require().code().value(), () -> channels.listVisible().stream()
                .map(c -> new ChannelView(c.getId(), c.getCode(), c.getName())).toList());
    }
}
