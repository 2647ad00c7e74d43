package cn.gov.baoji.portal.core.look;

import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** One-line texts of a look: stripped, blank as absent, no control characters, bounded. */
final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private TextRules() {
    }

    static String line(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException(field, label + "不能超过 " + max + " 个字");
        }
        if (CONTROL.matcher(v).find()) {
            throw new InvalidInputException(field, label + "含有不可见的控制字符");
        }
        return v;
    }

    static String matching(String field, String label, String value, int max, Pattern pattern, String example) {
        String v = line(field, label, value, max);
        if (v != null && !pattern.matcher(v).matches()) {
            throw new InvalidInputException(field, label + "格式不对，例如：" + example);
        }
        return v;
    }
}
