package cn.gov.baoji.portal.core.guard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.gov.baoji.portal.core.error.InvalidInputException;
import cn.gov.baoji.portal.core.tenant.TenantContext;
import io.quarkus.scheduler.Scheduled;

/**
 * The one door of every anonymous submission (messages, comments, questions): an ALTCHA proof of
 * work, a honeypot, rate limits per address and per phone, and each challenge spent once.
 * <p>
 * The intended use, which stores one row for a double click and never a row for a refused one:
 * <pre>
 * Proof proof = guard.verify(payload);               // outside the transaction
 * try {
 *     row = service.submit(input, proof, submission); // @Transactional: guard.admit(...) then persist(row with key proof.key())
 * } catch (ChallengeSpentException spent) {
 *     row = service.findByKey(proof.key(), phone).orElseThrow(() -&gt; spent); // the earlier copy's answer
 * }
 * </pre>
 * Two copies sent at once serialise on the spent-challenge row: the second waits until the first
 * commits, then finds the challenge spent and answers with the first copy's stored row.
 */
@ApplicationScoped
public class SubmissionGuard {

    private static final Logger LOG = Logger.getLogger(SubmissionGuard.class);

    private final AltchaChallenges challenges;
    private final Fingerprints fingerprints;
    private final RateLimits limits;
    private final GuardConfig config;
    private final TenantContext tenant;
    private final EntityManager em;
    private final Clock clock;
    private final DataSource dataSource;

    SubmissionGuard(AltchaChallenges challenges, Fingerprints fingerprints, RateLimits limits, GuardConfig config, TenantContext tenant,
            EntityManager em, Clock clock, DataSource dataSource) {
        this.dataSource = dataSource;
        this.fingerprints = fingerprints;
        this.challenges = challenges;
        this.limits = limits;
        this.config = config;
        this.tenant = tenant;
        this.em = em;
        this.clock = clock;
    }

    /** A fresh challenge for a form of the current site. */
    public AltchaChallenge challenge() {
        return challenges.issue(site());
    }

    /** Checks the ALTCHA solution (signature, number, expiry, site), not yet whether it was used. */
    public Proof verify(String altchaPayload) {
        return challenges.verify(altchaPayload, site());
    }

    /**
     * Inside the caller's transaction, before it stores anything: refuses a filled honeypot, counts
     * the address and phone against their limits, and spends the challenge. Any refusal is an
     * exception that rolls the caller's transaction back, so nothing is stored.
     */
    public void admit(Proof proof, Submission submission) {
        if (submission.honeypot() != null && !submission.honeypot().isEmpty()) {
            throw new InvalidInputException("website", "提交未通过校验。如果您是正常填写，请清空“网址”一栏后重新提交。");
        }
        String prefix = site() + ":" + submission.form() + ":";
        limits.hit(fingerprints.of(prefix + "address:" + submission.address()), config.address());
        if (submission.phone() != null && !submission.phone().isBlank()) {
            limits.hit(fingerprints.of(prefix + "phone:" + submission.phone()), config.phone());
        }
        int spent = em.createNativeQuery("INSERT INTO platform.spent_challenge (challenge, spent_at) VALUES (?1, ?2)"
                + " ON CONFLICT (challenge) DO NOTHING")
                .setParameter(1, proof.key())
                .setParameter(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
        if (spent == 0) {
            throw new ChallengeSpentException(proof);
        }
    }

    /**
     * Counts an anonymous action that needs no challenge (a lookup, a survey answer) against the
     * address limit, in a transaction of its own so that refused attempts count too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void limit(String form, String address) {
        limit(form, address, config.anonymous());
    }

    /** As {@link #limit(String, String)}, with a limit of the feature's own (e.g. searches). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void limit(String form, String address, GuardConfig.Limit limit) {
        limits.hit(fingerprints.of(site() + ":" + form + ":address:" + address), limit);
    }

    /** Spent challenges are kept until they would have expired anyway; old rate windows go too. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        // A challenge spent at T expired by T + expiry at the latest: after that its row guards nothing.
        OffsetDateTime spentBefore = OffsetDateTime.ofInstant(clock.instant().minus(config.altcha().expiry()).minusSeconds(60),
                ZoneOffset.UTC);
        OffsetDateTime windowsBefore = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement challenges = connection.prepareStatement("DELETE FROM platform.spent_challenge WHERE spent_at < ?");
                PreparedStatement windows = connection.prepareStatement("DELETE FROM platform.rate_hit WHERE window_start < ?")) {
            challenges.setObject(1, spentBefore);
            challenges.executeUpdate();
            windows.setObject(1, windowsBefore);
            windows.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Purging spent challenges and old rate windows failed: %s", e.getMessage());
        }
    }

    private String site() {
        return tenant.require().code().value();
    }
}
