package cn.gov.baoji.portal.core.search;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "Did you mean": first the city's one-way corrections (渭宾 → 渭滨); failing those, and only when nothing
 * was found, a known word (county and place names, the synonym list) that differs from part of the query
 * in exactly one Han character (陈苍 → 陈仓). No statistics, no guessing beyond that.
 */
final class DidYouMean {

    private DidYouMean() {
    }

    /** The query with the corrections applied, or null when none applies. */
    static String corrected(String text, List<Synonym> synonyms) {
        String fixed = text;
        for (Synonym s : synonyms) {
            if (s.oneWay() && fixed.contains(s.term()) && !fixed.contains(s.alternative())) {
                fixed = fixed.replace(s.term(), s.alternative());
            }
        }
        return fixed.equals(text) ? null : fixed;
    }

    /** The query with one near miss of a known word replaced, or null. */
    static String nearMiss(String text, Collection<String> dictionary) {
        for (String word : dictionary) {
            int n = word.length();
            if (n < 2 || text.contains(word)) {
                continue;
            }
            for (int i = 0; i + n <= text.length(); i++) {
                String window = text.substring(i, i + n);
                if (window.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        && differInOne(window, word)) {
                    return text.substring(0, i) + word + text.substring(i + n);
                }
            }
        }
        return null;
    }

    /** Known words: county names with and without 区/县, and every word of the synonym list. */
    static Set<String> dictionary(Collection<String> countyNames, List<Synonym> synonyms) {
        Set<String> words = new LinkedHashSet<>();
        for (String name : countyNames) {
            words.add(name);
            if (name.length() > 2 && (name.endsWith("区") || name.endsWith("县"))) {
                words.add(name.substring(0, name.length() - 1));
            }
        }
        for (Synonym s : synonyms) {
            words.add(s.alternative());
            if (!s.oneWay()) {
                words.add(s.term());
            }
        }
        return words;
    }

    private static boolean differInOne(String a, String b) {
        int diff = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && ++diff > 1) {
                return false;
            }
        }
        return diff == 1;
    }
}
