package cn.gov.baoji.portal.core.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 居民身份证号码 (GB 11643-1999): 17 digits (address code, birth date, sequence) and a check
 * character computed over them with ISO 7064 MOD 11-2, where 10 is written X.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");

    /** Why a number is not valid. */
    public enum Problem {
        SHAPE, BIRTH_DATE, CHECK_DIGIT
    }

    private IdNumbers() {
    }

    /** As stored and compared: without spaces, a lower-case x made upper case. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** The check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** What is wrong with a normalized number, or null if it is a valid one born on or before {@code today}. */
    public static Problem problem(String number, LocalDate today) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return Problem.SHAPE;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            if (born.getYear() < 1900 || born.isAfter(today)) {
                return Problem.BIRTH_DATE;
            }
        } catch (DateTimeException e) {
            return Problem.BIRTH_DATE;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17) ? null : Problem.CHECK_DIGIT;
    }

    /** The number with all but the first 3 and last 2 characters hidden, e.g. 610***********123X. */
    public static String masked(String number) {
        if (number == null || number.length() < 6) {
            return "***";
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 5) + number.substring(number.length() - 2);
    }
}
