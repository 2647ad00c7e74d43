package cn.gov.baoji.portal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** 居民身份证号码 check digits (GB 11643-1999, ISO 7064 MOD 11-2). */
class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void theStandardsExampleIsValid() {
        // The worked example of GB 11643-1999: 11010519491231002X.
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.problem("11010519491231002X", TODAY)).isNull();
    }

    @Test
    void everyCheckCharacterFollowsTheWeightedSum() {
        // A Baoji (6103) number: the weighted sum is 265, 265 mod 11 = 1, so the check character is 0.
        assertThat(IdNumbers.checkCharacter("61030219850617201")).isEqualTo('0').isEqualTo(expected("61030219850617201"));
        assertThat(IdNumbers.problem("61030219850617201" + expected("61030219850617201"), TODAY)).isNull();
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String first = "61030219850617201";
        char right = IdNumbers.checkCharacter(first);
        char wrong = right == '0' ? '1' : '0';
        assertThat(IdNumbers.problem(first + wrong, TODAY)).isEqualTo(IdNumbers.Problem.CHECK_DIGIT);
    }

    @Test
    void impossibleOrFutureBirthDatesAreRefused() {
        assertThat(IdNumbers.problem(valid("61030219850230201"), TODAY)).isEqualTo(IdNumbers.Problem.BIRTH_DATE);
        assertThat(IdNumbers.problem(valid("61030220270101201"), TODAY)).isEqualTo(IdNumbers.Problem.BIRTH_DATE);
        assertThat(IdNumbers.problem(valid("61030218991231201"), TODAY)).isEqualTo(IdNumbers.Problem.BIRTH_DATE);
    }

    @Test
    void shapesOtherThan18CharactersAreRefused() {
        assertThat(IdNumbers.problem("610302850617201", TODAY)).isEqualTo(IdNumbers.Problem.SHAPE);
        assertThat(IdNumbers.problem("6103021985061720AX", TODAY)).isEqualTo(IdNumbers.Problem.SHAPE);
        assertThat(IdNumbers.problem("01030219850617201X", TODAY)).isEqualTo(IdNumbers.Problem.SHAPE);
        assertThat(IdNumbers.problem(null, TODAY)).isEqualTo(IdNumbers.Problem.SHAPE);
    }

    @Test
    void lowerCaseXAndSpacesAreAccepted() {
        assertThat(IdNumbers.normalize(" 110105 19491231 002x ")).isEqualTo("11010519491231002X");
        assertThat(IdNumbers.masked("11010519491231002X")).isEqualTo("110*************2X");
    }

    static String valid(String first17) {
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** The check character computed independently of the class under test. */
    private static char expected(String first17) {
        int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
