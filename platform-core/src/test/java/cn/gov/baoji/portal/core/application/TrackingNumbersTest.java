package cn.gov.baoji.portal.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** 办件编号: a date prefix and random characters a person can read aloud. */
class TrackingNumbersTest {

    @Test
    void numbersStartWithTheDateAndAvoidLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String number = TrackingNumbers.next(LocalDate.of(2026, 7, 3));
            assertThat(number).hasSize(16).startsWith("20260703");
            assertThat(number.substring(8)).as(number).doesNotContain("0", "O", "1", "I");
            seen.add(number);
        }
        assertThat(seen).as("no repeats among 2,000").hasSize(2_000);
    }

    @Test
    void typedNumbersAreAcceptedWithDashesSpacesAndAnyCase() {
        assertThat(TrackingNumbers.grouped("20260703K7QM9XA4")).isEqualTo("20260703-K7QM-9XA4");
        assertThat(TrackingNumbers.normalize(" 20260703-k7qm-9xa4 ")).contains("20260703K7QM9XA4");
        assertThat(TrackingNumbers.normalize("２０２６０７０３Ｋ７ＱＭ９ＸＡ４")).contains("20260703K7QM9XA4");
        assertThat(TrackingNumbers.normalize("20260703-K7QM-9XA0")).isEmpty();
        assertThat(TrackingNumbers.normalize("20260703-K7QM")).isEmpty();
        assertThat(TrackingNumbers.normalize(null)).isEmpty();
        assertThat(TrackingNumbers.normalize("x".repeat(41))).isEmpty();
    }
}
