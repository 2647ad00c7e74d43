package cn.gov.baoji.portal.core.site;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.baoji.portal.core.content.PublicContentVersion;
import cn.gov.baoji.portal.core.error.ConflictException;
import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.error.NotFoundException;

/** The current tenant's channels (栏目) as the webmaster manages them. */
@ApplicationScoped
public class ChannelService {

    private final EntityManager em;
    private final ChannelRepository channels;
    private final PublicContentVersion publicVersion;

    ChannelService(EntityManager em, ChannelRepository channels, PublicContentVersion publicVersion) {
        this.em = em;
        this.channels = channels;
        this.publicVersion = publicVersion;
    }

    /** What a webmaster sends. */
    public record ChannelInput(String code, String name, Long parentId, Integer sortOrder, Boolean visible,
            Integer updateEveryDays, Integer reviewLevels) {
    }

    /** A channel with everything the back office shows. */
    public record ChannelDetails(long id, Long parentId, String code, String name, int sortOrder, boolean visible,
            Integer updateEveryDays, int reviewLevels) {

        static ChannelDetails of(Channel c) {
            return new ChannelDetails(c.getId(), c.getParentId(), c.getCode(), c.getName(), c.getSortOrder(), c.isVisible(),
                    c.getUpdateEveryDays(), c.getReviewLevels());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelDetails> all() {
        return em.createQuery("FROM Channel ORDER BY sortOrder, id", Channel.class).getResultStream()
                .map(ChannelDetails::of).toList();
    }

    @Transactional
    public ChannelDetails create(ChannelInput input) {
        if (input == null || input.code() == null || !input.code().matches("[a-z][a-z0-9-]{0,39}")) {
            throw new InvalidInputException("code", "栏目代码只能由小写字母、数字和连字符组成，且以字母开头");
        }
        if (channels.codeExists(input.code())) {
            throw new ConflictException("栏目代码已存在：" + input.code());
        }
        Channel channel = new Channel(input.code(), "待定", 0, null);
        apply(channel, input);
        em.persist(channel);
        publicVersion.changed();
        return ChannelDetails.of(channel);
    }

    @Transactional
    public ChannelDetails update(long id, ChannelInput input) {
        Channel channel = em.find(Channel.class, id);
        if (channel == null) {
            throw new NotFoundException("栏目不存在");
        }
        if (input == null) {
            throw new InvalidInputException("body", "请求内容不能为空");
        }
        apply(channel, input);
        publicVersion.changed();
        return ChannelDetails.of(channel);
    }

    private void apply(Channel channel, ChannelInput input) {
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new InvalidInputException("name", "栏目名称不能为空，且不能超过 40 个字");
        }
        if (input.parentId() != null) {
            Channel parent = em.find(Channel.class, input.parentId());
            if (parent == null) {
                throw new NotFoundException("上级栏目不存在");
            }
            for (Channel p = parent; p != null; p = p.getParentId() == null ? null : em.find(Channel.class, p.getParentId())) {
                if (p.getId().equals(channel.getId())) {
                    throw new InvalidInputException("parentId", "栏目不能成为自己的下级");
                }
            }
        }
        Integer every = input.updateEveryDays();
        if (every != null && (every < 1 || every > 366)) {
            throw new InvalidInputException("updateEveryDays", "更新周期应为 1 至 366 天");
        }
        int levels = input.reviewLevels() == null ? channel.getReviewLevels() : input.reviewLevels();
        if (levels != 1 && levels != 2) {
            throw new InvalidInputException("reviewLevels", "审核级数只能是 1 或 2");
        }
        channel.update(input.parentId(), name, input.sortOrder() == null ? channel.getSortOrder() : input.sortOrder(),
                input.visible() == null || input.visible(), every, levels);
    }
}
