package cn.gov.baoji.portal.core.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks query words in titles and snippets. The text is HTML-escaped piece by piece and the only markup
 * added is {@code <mark>…</mark>}, so whatever an indexed title or body holds comes back as text.
 */
final class Highlights {

    static final int SNIPPET_LENGTH = 120;

    private final Pattern pattern;

    Highlights(Collection<String> phrases) {
        List<String> parts = new ArrayList<>();
        for (String phrase : phrases) {
            StringBuilder p = new StringBuilder();
            phrase.codePoints().filter(cp -> Character.isLetterOrDigit(cp)).forEach(cp -> {
                if (!p.isEmpty()) {
                    // The engines ignore spaces and punctuation between characters; so does the marking.
                    p.append("[\\s\\p{Punct}]*");
                }
                p.append(Pattern.quote(new String(Character.toChars(cp))));
            });
            if (!p.isEmpty()) {
                parts.add(p.toString());
            }
        }
        // Longest first, so 医疗保险 is marked whole rather than stopping at a shorter alternative.
        parts.sort((a, b) -> b.length() - a.length());
        pattern = parts.isEmpty() ? null
                : Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    String title(String title) {
        return mark(title);
    }

    /** About {@link #SNIPPET_LENGTH} characters around the first match (or the start), marked. */
    String snippet(String text) {
        String plain = text == null ? "" : text.strip();
        int start = 0;
        if (pattern != null) {
            Matcher m = pattern.matcher(plain);
            if (m.find()) {
                // Some context before the match, but no shorter a snippet than the text allows.
                start = Math.max(0, Math.min(m.start() - SNIPPET_LENGTH / 4, plain.length() - SNIPPET_LENGTH));
            }
        }
        int end = Math.min(plain.length(), start + SNIPPET_LENGTH);
        if (end < plain.length() && Character.isHighSurrogate(plain.charAt(end - 1))) {
            end++;
        }
        if (start > 0 && Character.isLowSurrogate(plain.charAt(start))) {
            start--;
        }
        String cut = plain.substring(start, end);
        return (start > 0 ? "…" : "") + mark(cut) + (end < plain.length() ? "…" : "");
    }

    private String mark(String text) {
        if (text == null) {
            return "";
        }
        if (pattern == null) {
            return escape(text);
        }
        StringBuilder out = new StringBuilder();
        Matcher m = pattern.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            out.append(escape(text.substring(last, m.start()))).append("<mark>")
                    .append(escape(m.group())).append("</mark>");
            last = m.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
