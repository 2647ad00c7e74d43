package cn.gov.baoji.portal.core.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * The only grammar citizens' text goes through: words separated by spaces, and "quoted phrases". Every
 * other character is literal text, so operators, field names, wildcards and unbalanced quotes mean
 * nothing; nothing typed ever reaches an engine's own query syntax.
 */
final class QueryText {

    static final int MAX_LENGTH = 100;
    static final int MAX_CLAUSES = 8;
    private static final Pattern HAN_GAP = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

    private QueryText() {
    }

    /** The trimmed text, or a refusal on field {@code q}. */
    static String clean(String raw) {
        if (raw == null) {
            throw new InvalidInputException("q", "请输入要搜索的内容");
        }
        StringBuilder b = new StringBuilder(Math.min(raw.length(), MAX_LENGTH * 2 + 2));
        raw.codePoints().limit(MAX_LENGTH * 4L).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        String text = b.toString().replace('\u3000', ' ').strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("q", "请输入要搜索的内容");
        }
        if (raw.strip().codePointCount(0, raw.strip().length()) > MAX_LENGTH) {
            throw new InvalidInputException("q", "搜索内容不能超过 " + MAX_LENGTH + " 个字");
        }
        return text;
    }

    /** The clauses of a cleaned text: each word or quoted phrase, in order, without repeats. */
    static List<String> clauses(String text) {
        String normalized = text.replace('“', '"').replace('”', '"');
        long quotes = normalized.chars().filter(c -> c == '"').count();
        if (quotes % 2 == 1) {
            // An unbalanced quote is just a character: it joins nothing.
            int last = normalized.lastIndexOf('"');
            normalized = normalized.substring(0, last) + ' ' + normalized.substring(last + 1);
        }
        Set<String> clauses = new LinkedHashSet<>();
        StringBuilder current = new StringBuilder();
        boolean inPhrase = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '"') {
                add(clauses, current);
                inPhrase = !inPhrase;
            } else if (Character.isWhitespace(c) && !inPhrase) {
                add(clauses, current);
            } else {
                current.append(c);
            }
        }
        add(clauses, current);
        if (clauses.size() > MAX_CLAUSES) {
            throw new InvalidInputException("q", "搜索内容最多 " + MAX_CLAUSES + " 个词语，请减少一些");
        }
        return new ArrayList<>(clauses);
    }

    private static void add(Set<String> clauses, StringBuilder current) {
        // Chinese is written without spaces: "义务 教育" in quotes means 义务教育.
        String clause = HAN_GAP.matcher(current.toString().strip()).replaceAll("");
        if (!clause.isEmpty()) {
            clauses.add(clause);
        }
        current.setLength(0);
    }
}
