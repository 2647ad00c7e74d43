package cn.gov.baoji.portal.core.site;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;

/** The current tenant's site facts and channels. */
@ApplicationScoped
public class SiteService {

    private final ChannelRepository channels;
    private final EntityManager entityManager;

    SiteService(ChannelRepository channels, EntityManager entityManager) {
        this.channels = channels;
        this.entityManager = entityManager;
    }

    /** A channel as shown to citizens. */
    public record ChannelView(long id, String code, String name) {
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
        return channels.listVisible().stream().map(c -> new ChannelView(c.getId(), c.getCode(), c.getName())).toList();
    }

    @Transactional
    public ChannelView createChannel(String code, String name, int sortOrder) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new InvalidInputException("code", "栏目代码只能由小写字母、数字和连字符组成，且以字母开头");
        }
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            throw new InvalidInputException("name", "栏目名称不能为空，且不能超过 40 个字");
        }
        if (channels.codeExists(code)) {
            throw new ConflictException("栏目代码已存在：" + code);
        }
        Channel channel = new Channel(code, name.strip(), sortOrder, null);
        channels.persist(channel);
        return new ChannelView(channel.getId(), channel.getCode(), channel.getName());
    }
}
