package cn.gov.baoji.portal.core.message;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Query codes (查询码): 12 characters from an alphabet without 0/O/1/I, so that a citizen can read
 * one aloud over the phone; 31^12 ≈ 7.9 × 10^17 codes, drawn with {@link SecureRandom}. Shown as
 * {@code ABCD-EFGH-JKLM}; accepted with or without dashes and spaces, in any case.
 */
public final class QueryCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** The stored form of what a citizen typed, or empty if it cannot be a query code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < code.length(); i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(code);
    }

    /** The code in groups of four for reading aloud, e.g. {@code ABCD-EFGH-JKLM}. */
    public static String grouped(String code) {
        if (code == null || code.length() != LENGTH) {
            return code;
        }
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
