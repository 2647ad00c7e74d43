package cn.gov.baoji.portal.web.guard;

import static cn.gov.baoji.portal.web.support.Citizens.address;
import static cn.gov.baoji.portal.web.support.Citizens.phone;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.guard.ChallengeSpentException;
import cn.gov.baoji.portal.core.guard.Proof;
import cn.gov.baoji.portal.core.guard.RateLimitedException;
import cn.gov.baoji.portal.core.guard.Submission;
import cn.gov.baoji.portal.core.guard.SubmissionGuard;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The door of every anonymous submission, against the real database: a challenge from the API is
 * solved, admitted once, refused on another county and after a honeypot, and the limits per
 * address and per phone hold (5 per window in the default settings).
 */
@QuarkusTest
class SubmissionGuardTest {

    private static final TenantCode WEIBIN = TenantCode.of("weibin");

    @Inject
    SubmissionGuard guard;

    @Inject
    TenantScope scope;

    @Inject
    EntityManager em;

    @Inject
    TestClock clock;

    /** Limits count per fixed window: each test that fills one starts at the beginning of a fresh one. */
    @BeforeEach
    void freshWindow() {
        clock.advanceToFreshWindow(Duration.ofMinutes(10));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theChallengeEndpointGivesAFreshUncachedChallengeOfTheSite() {
        Response first = given().header("Host", "weibin.localhost").get("/api/v1/challenge");
        first.then().statusCode(200).contentType("application/json").header("Cache-Control", "no-store");
        assertThat(first.jsonPath().getString("algorithm")).isEqualTo("SHA-256");
        assertThat(first.jsonPath().getString("challenge")).matches("[0-9a-f]{64}");
        assertThat(first.jsonPath().getString("signature")).matches("[0-9a-f]{64}");
        assertThat(first.jsonPath().getString("salt")).matches("[0-9a-f]{24}\\?expires=\\d+&site=weibin");
        assertThat(first.jsonPath().getInt("maxnumber")).isEqualTo(2000);
        String second = given().header("Host", "weibin.localhost").get("/api/v1/challenge").jsonPath().getString("challenge");
        assertThat(second).isNotEqualTo(first.jsonPath().getString("challenge"));
    }

    @Test
    void anUnknownHostGetsNoChallenge() {
        given().header("Host", "nosuchcounty.localhost").get("/api/v1/challenge").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSolvedChallengeIsAdmittedOnceAndThenReportedSpent() {
        String payload = Altcha.solve("weibin.localhost");
        Proof proof = scope.call(WEIBIN, () -> guard.verify(payload));
        scope.run(WEIBIN, () -> guard.admit(proof, submission("", address(), phone())));

        assertThatThrownBy(() -> scope.run(WEIBIN, () -> guard.admit(proof, submission("", address(), phone()))))
                .isInstanceOf(ChallengeSpentException.class).hasMessageContaining("人机验证已使用");
    }

    @Test
    void aChallengeOfOneCountyIsRefusedOnAnother() {
        String payload = Altcha.solve("weibin.localhost");
        assertThatThrownBy(() -> scope.call(TenantCode.of("taibai"), () -> guard.verify(payload)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("人机验证未通过");
    }

    @Test
    void aFilledHoneypotIsRefusedAndLeavesTheChallengeUnspent() {
        String payload = Altcha.solve("weibin.localhost");
        Proof proof = scope.call(WEIBIN, () -> guard.verify(payload));
        assertThatThrownBy(() -> scope.run(WEIBIN, () -> guard.admit(proof, submission("http://spam.example", address(), phone()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("website"));
        assertThat(spent(proof)).isZero();
    }

    @Test
    void theSixthSubmissionFromOneAddressWithinTheWindowIsRefused() {
        String address = address();
        for (int i = 0; i < 5; i++) {
            admitFresh(address, phone());
        }
        assertThatThrownBy(() -> admitFresh(address, phone())).isInstanceOf(RateLimitedException.class)
                .hasMessageContaining("操作过于频繁")
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter())
                        .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10)));
        admitFresh(address(), phone());
    }

    @Test
    void theSixthSubmissionWithOnePhoneIsRefusedFromAnyAddress() {
        String phone = phone();
        for (int i = 0; i < 5; i++) {
            admitFresh(address(), phone);
        }
        assertThatThrownBy(() -> admitFresh(address(), phone)).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void lookupsWithoutAChallengeAreLimitedPerAddress() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            scope.run(WEIBIN, () -> guard.limit("lookup", address));
        }
        assertThatThrownBy(() -> scope.run(WEIBIN, () -> guard.limit("lookup", address)))
                .isInstanceOf(RateLimitedException.class);
        scope.run(TenantCode.of("taibai"), () -> guard.limit("lookup", address));
    }

    @Test
    void neitherAddressesNorPhonesAreStored() {
        String phone = phone();
        admitFresh(address(), phone);
        List<?> clear = scope.call(WEIBIN, () -> em.createNativeQuery(
                "SELECT bucket FROM platform.rate_hit WHERE bucket NOT SIMILAR TO '[0-9a-f]{64}' OR bucket LIKE ?1")
                .setParameter(1, "%" + phone + "%").getResultList());
        assertThat(clear).isEmpty();
    }

    private void admitFresh(String address, String phone) {
        String payload = Altcha.solve("weibin.localhost");
        Proof proof = scope.call(WEIBIN, () -> guard.verify(payload));
        scope.run(WEIBIN, () -> guard.admit(proof, submission("", address, phone)));
    }

    private long spent(Proof proof) {
        return scope.call(WEIBIN, () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM platform.spent_challenge WHERE challenge = ?1").setParameter(1, proof.key())
                .getSingleResult()).longValue());
    }

    private static Submission submission(String honeypot, String address, String phone) {
        return new Submission("guard-test", honeypot, address, phone);
    }
}
