package cn.gov.baoji.portal.core.search.form;

import java.util.regex.Pattern;

/**
 * The engine's highlighted HTML, printed as is only when it is what the contract promises: escaped
 * text with {@code <mark>} and {@code </mark>} and no other markup. Anything else is escaped again,
 * marks and all, so a defect upstream shows as visible tags, never as live markup. The result is
 * safe to print unescaped.
 */
public final class MarkedText {

    private static final Pattern MARKS = Pattern.compile("</?mark>");

    private MarkedText() {
    }

    public static String of(String html, String plain) {
        if (html == null || html.isEmpty()) {
            return escape(plain == null ? "" : plain);
        }
        String rest = MARKS.matcher(html).replaceAll("");
        if (rest.indexOf('<') >= 0 || rest.indexOf('>') >= 0 || rest.indexOf('"') >= 0) {
            return escape(plain != null ? plain : html);
        }
        return html;
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
