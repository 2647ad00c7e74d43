package cn.gov.baoji.portal.core.application;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 办件编号: the Beijing date the application arrived, then 8 characters drawn with
 * {@link SecureRandom} from an alphabet without 0/O/1/I, so that a citizen can read one aloud over the
 * phone; 32^8 ≈ 1.1 × 10^12 numbers a day, and a lookup needs the phone number as well. Shown as
 * {@code 20260703-K7QM-9XA4}; accepted with or without dashes and spaces, in any case.
 */
public final class TrackingNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int RANDOM_LENGTH = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern STORED = Pattern.compile("\\d{8}[" + ALPHABET + "]{" + RANDOM_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingNumbers() {
    }

    /** A fresh number for an application received on {@code day}, as stored (16 characters, no dashes). */
    static String next(LocalDate day) {
        StringBuilder number = new StringBuilder(DAY.format(day));
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** The stored form of what a citizen typed, or empty if it cannot be a tracking number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String number = ApplicationRules.halfWidth(typed).replaceAll("[\\s\\-－—]", "").toUpperCase(Locale.ROOT);
        return STORED.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }

    /** The number as shown and read aloud: {@code 20260703-K7QM-9XA4}. */
    public static String grouped(String number) {
        if (number == null || number.length() != 8 + RANDOM_LENGTH) {
            return number;
        }
        return number.substring(0, 8) + "-" + number.substring(8, 12) + "-" + number.substring(12);
    }
}
