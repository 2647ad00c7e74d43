package cn.gov.baoji.portal.core.look;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Lists of channel codes in a look: well-formed, each at most once, not too many. */
final class ChannelCodes {

    static final String PATTERN = "[a-z][a-z0-9_-]{0,40}";

    private ChannelCodes() {
    }

    static List<String> distinct(String field, List<String> codes, int max, String where) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > max) {
            throw new InvalidInputException(field, where + "最多 " + max + " 项");
        }
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            check(field, code);
            if (!seen.add(code)) {
                throw new InvalidInputException(field, where + "中栏目“" + code + "”重复");
            }
        }
        return List.copyOf(codes);
    }

    static void check(String field, String code) {
        if (code == null || !code.matches(PATTERN)) {
            throw new InvalidInputException(field, "栏目代码无效");
        }
    }
}
