package cn.gov.baoji.portal.core.survey;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Plain texts of surveys: control characters dropped, trimmed, length checked. */
final class Texts {

    private Texts() {
    }

    /** The text, trimmed; null when empty and not required. */
    static String clean(String field, String value, int max, boolean required, String label) {
        String trimmed = value == null ? "" : value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, label + "不能为空");
            }
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        return trimmed;
    }

    static String limit(String value, int max) {
        return value == null ? "" : value.length() > max ? value.substring(0, max) : value;
    }
}
