package cn.gov.baoji.portal.core.look;

import java.util.List;
import java.util.Set;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * What the home page shows: blocks of the latest items of chosen channels, in order, and how they
 * are laid out.
 *
 * @param layout {@code grid} (cards side by side), {@code list} (one wide column) or
 *        {@code feature} (the first block wide, the others as cards)
 * @param blocks the chosen blocks; null when the webmaster never chose (then every visible channel
 *        with {@link #DEFAULT_ITEMS} items), empty when they chose none
 */
public record HomePage(String layout, List<Block> blocks) {

    public static final Set<String> LAYOUTS = Set.of("grid", "list", "feature");
    public static final int DEFAULT_ITEMS = 6;
    public static final int MAX_BLOCKS = 12;
    static final int MAX_ITEMS = 20;

    /** One channel on the home page. */
    public record Block(String channel, int items) {

        public Block {
            ChannelCodes.check("home.blocks", channel);
            if (items < 1 || items > MAX_ITEMS) {
                throw new InvalidInputException("home.blocks", "每个栏目在首页显示 1 到 " + MAX_ITEMS + " 条");
            }
        }
    }

    public HomePage {
        layout = layout == null || layout.isBlank() ? "grid" : layout;
        if (!LAYOUTS.contains(layout)) {
            throw new InvalidInputException("home.layout", "首页布局只能是 grid、list 或 feature");
        }
        if (blocks != null) {
            blocks = List.copyOf(blocks);
            ChannelCodes.distinct("home.blocks", blocks.stream().map(Block::channel).toList(), MAX_BLOCKS, "首页栏目");
        }
    }

    public static HomePage standard() {
        return new HomePage("grid", null);
    }

    /** Whether the webmaster chose the blocks (else every visible channel is shown). */
    public boolean chosen() {
        return blocks != null;
    }
}
