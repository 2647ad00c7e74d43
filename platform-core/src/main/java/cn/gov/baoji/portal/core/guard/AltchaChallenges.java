package cn.gov.baoji.portal.core.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.core.error.InvalidInputException;

/**
 * Issues and checks ALTCHA challenges (protocol v1, which the widget still speaks): a spam robot
 * must spend CPU on every submission, a person's browser solves it in the background in about a
 * second, and no image puzzle shuts out blind or older citizens. Checking is stateless; that a
 * solution is used once is {@link SubmissionGuard}'s job.
 */
@ApplicationScoped
public class AltchaChallenges {

    static final String ALGORITHM = "SHA-256";
    private static final int MAX_PAYLOAD = 2_000;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SALT = Pattern.compile("([0-9a-f]{24})\\?expires=(\\d{1,12})&site=([a-z][a-z0-9]{0,31})");
    private static final HexFormat HEX = HexFormat.of();

    private final GuardConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    AltchaChallenges(GuardConfig config, Clock clock, ObjectMapper json) {
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.key = new SecretKeySpec(config.altcha().hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A fresh challenge for a form shown on {@code site} (a tenant code). */
    public AltchaChallenge issue(String site) {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(config.altcha().expiry()).getEpochSecond();
        String salt = HEX.formatHex(nonce) + "?expires=" + expires + "&site=" + site;
        int number = random.nextInt(config.altcha().maxNumber() + 1);
        String challenge = sha256(salt + number);
        return new AltchaChallenge(ALGORITHM, challenge, config.altcha().maxNumber(), salt, sign(challenge));
    }

    /**
     * Checks a solution sent with a form on {@code site}: our signature, a correct number, not
     * expired, issued for this site. Says nothing of whether it was used before.
     */
    public Proof verify(String payload, String site) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidInputException("altcha", "请先完成人机验证（勾选“我不是机器人”并等待验证完成）。");
        }
        JsonNode solution = decode(payload);
        String challenge = text(solution, "challenge");
        String salt = text(solution, "salt");
        JsonNode number = solution.get("number");
        Matcher parts = SALT.matcher(salt);
        if (!ALGORITHM.equals(text(solution, "algorithm")) || !HEX64.matcher(challenge).matches()
                || number == null || !number.canConvertToInt() || number.asInt() < 0 || !parts.matches()
                || !MessageDigest.isEqual(sign(challenge).getBytes(StandardCharsets.US_ASCII),
                        text(solution, "signature").getBytes(StandardCharsets.US_ASCII))
                || !challenge.equals(sha256(salt + number.asInt()))) {
            throw invalid();
        }
        if (!parts.group(3).equals(site)) {
            throw invalid();
        }
        if (Instant.ofEpochSecond(Long.parseLong(parts.group(2))).isBefore(clock.instant())) {
            throw new InvalidInputException("altcha", "人机验证已过期，请重新验证后提交。");
        }
        return new Proof(challenge);
    }

    private JsonNode decode(String payload) {
        if (payload.length() > MAX_PAYLOAD) {
            throw invalid();
        }
        try {
            JsonNode node = json.readTree(Base64.getDecoder().decode(payload.strip()));
            if (node == null || !node.isObject()) {
                throw invalid();
            }
            return node;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw invalid();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : "";
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("altcha", "人机验证未通过，请刷新页面后重新验证。");
    }

    private String sign(String challenge) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HEX.formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
