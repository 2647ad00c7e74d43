package cn.gov.baoji.portal.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/** Issuing and checking challenges: what the widget solves passes, anything forged or stale does not. */
class AltchaChallengesTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private final AltchaChallenges challenges = challenges("test-key", Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

    @Test
    void aSolvedChallengeOfThisSiteIsAccepted() {
        AltchaChallenge challenge = challenges.issue("weibin");
        assertThat(challenge.algorithm()).isEqualTo("SHA-256");
        assertThat(challenge.maxnumber()).isEqualTo(500);
        assertThat(challenge.salt()).contains("?expires=" + NOW.plus(Duration.ofMinutes(30)).getEpochSecond() + "&site=weibin");

        Proof proof = challenges.verify(solve(challenge), "weibin");

        assertThat(proof.key()).isEqualTo(challenge.challenge());
    }

    @Test
    void aChallengeOfAnotherSiteIsRefused() {
        String payload = solve(challenges.issue("weibin"));
        assertThatThrownBy(() -> challenges.verify(payload, "taibai")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("人机验证未通过");
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String payload = solve(challenges.issue("weibin"));
        AltchaChallenges later = challenges("test-key", Clock.fixed(NOW.plus(Duration.ofMinutes(31)), ZoneId.of("UTC")));
        assertThatThrownBy(() -> later.verify(payload, "weibin")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("已过期");
    }

    @Test
    void aChallengeSignedWithAnotherKeyIsRefused() {
        AltchaChallenges forger = challenges("other-key", Clock.fixed(NOW, ZoneId.of("UTC")));
        String payload = solve(forger.issue("weibin"));
        assertThatThrownBy(() -> challenges.verify(payload, "weibin")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWrongNumberOrATamperedSaltIsRefused() {
        AltchaChallenge challenge = challenges.issue("weibin");
        int number = number(challenge);
        assertThatThrownBy(() -> challenges.verify(payload(challenge.challenge(), challenge.salt(), challenge.signature(),
                number + 1), "weibin")).isInstanceOf(InvalidInputException.class);
        String longer = challenge.salt().replaceAll("expires=\\d+", "expires=9999999999");
        assertThatThrownBy(() -> challenges.verify(payload(challenge.challenge(), longer, challenge.signature(), number),
                "weibin")).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "not base64!", "bnVsbA==", "W10=", "e30=", "eyJhbGdvcml0aG0iOjF9" })
    void garbageIsRefusedWithAClearMessage(String payload) {
        assertThatThrownBy(() -> challenges.verify(payload, "weibin")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("altcha"))
                .hasMessageContaining("人机验证");
    }

    @Test
    void anOversizedPayloadIsRefusedUnread() {
        assertThatThrownBy(() -> challenges.verify("A".repeat(5_000), "weibin")).isInstanceOf(InvalidInputException.class);
    }

    private static String solve(AltchaChallenge challenge) {
        return payload(challenge.challenge(), challenge.salt(), challenge.signature(), number(challenge));
    }

    private static int number(AltchaChallenge challenge) {
        for (int n = 0; n <= challenge.maxnumber(); n++) {
            if (AltchaChallenges.sha256(challenge.salt() + n).equals(challenge.challenge())) {
                return n;
            }
        }
        throw new AssertionError("unsolvable");
    }

    private static String payload(String challenge, String salt, String signature, int number) {
        String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + number + ",\"salt\":\""
                + salt + "\",\"signature\":\"" + signature + "\",\"took\":5}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static AltchaChallenges challenges(String key, Clock clock) {
        GuardConfig config = new GuardConfig() {
            @Override
            public Altcha altcha() {
                return new Altcha() {
                    @Override
                    public String hmacKey() {
                        return key;
                    }

                    @Override
                    public int maxNumber() {
                        return 500;
                    }

                    @Override
                    public Duration expiry() {
                        return Duration.ofMinutes(30);
                    }
                };
            }

            @Override
            public Limit address() {
                return null;
            }

            @Override
            public Limit phone() {
                return null;
            }

            @Override
            public Limit anonymous() {
                return null;
            }

            @Override
            public boolean trustForwardedFor() {
                return false;
            }
        };
        return new AltchaChallenges(config, clock, new ObjectMapper());
    }
}
