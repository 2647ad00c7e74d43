package cn.gov.baoji.portal.admin.look;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.look.HomePage;

/**
 * The channel table of the look editor, read back: one row per channel with how many items the
 * home page shows (0: none), the block's place, and an optional place in the navigation.
 */
record ChannelChoices(List<HomePage.Block> blocks, List<String> navOrder) {

    private record Row(String code, int items, int homeOrder, Integer navOrder, int index) {
    }

    static ChannelChoices of(List<String> codes, List<String> items, List<String> homeOrder, List<String> navOrder) {
        List<String> channel = codes == null ? List.of() : codes;
        if (!aligned(channel, items, homeOrder, navOrder)) {
            throw new InvalidInputException("channels", "栏目设置不完整，请刷新页面后重试");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < channel.size(); i++) {
            rows.add(new Row(channel.get(i), number(items.get(i), 0, "条数"), number(homeOrder.get(i), i + 1, "首页顺序"),
                    navOrder.get(i) == null || navOrder.get(i).isBlank() ? null : number(navOrder.get(i), 0, "导航顺序"),
                    i));
        }
        List<HomePage.Block> blocks = rows.stream().filter(r -> r.items() > 0)
                .sorted(Comparator.comparingInt(Row::homeOrder).thenComparingInt(Row::index))
                .map(r -> new HomePage.Block(r.code(), r.items())).toList();
        List<String> nav = rows.stream().filter(r -> r.navOrder() != null)
                .sorted(Comparator.comparingInt(Row::navOrder).thenComparingInt(Row::index)).map(Row::code).toList();
        return new ChannelChoices(blocks, nav);
    }

    /** The home columns of the table in one string, to tell whether the webmaster changed them. */
    static String signature(List<String> codes, List<String> items, List<String> homeOrder) {
        if (codes == null || !aligned(codes, items, homeOrder, codes)) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            s.append(codes.get(i)).append(':').append(items.get(i).strip()).append(':').append(homeOrder.get(i).strip())
                    .append(';');
        }
        return s.toString();
    }

    /** Whether the four columns of the table have a value for every row. */
    static boolean aligned(List<String> codes, List<String> items, List<String> homeOrder, List<String> navOrder) {
        int rows = sizeOf(codes);
        return sizeOf(items) == rows && sizeOf(homeOrder) == rows && sizeOf(navOrder) == rows;
    }

    /** A typed number, or the fallback when it does not parse (for showing a refused form again). */
    static int numberOr(String value, int fallback) {
        try {
            return number(value, fallback, "");
        } catch (InvalidInputException e) {
            return fallback;
        }
    }

    private static int sizeOf(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static int number(String value, int blank, String label) {
        if (value == null || value.isBlank()) {
            return blank;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0 || n > 999) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("channels", label + "应为 0 到 999 的整数");
        }
    }
}
