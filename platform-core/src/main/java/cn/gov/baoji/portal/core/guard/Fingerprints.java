package cn.gov.baoji.portal.core.guard;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * One-way names for personal values the platform must recognise again without keeping them: a
 * client address or phone number counted by a rate limit, an address that answered a survey.
 * HMAC-SHA256 with the guard's key: an address or a phone number alone is easy to guess, the key
 * makes trying them all useless. Callers put what the value is for into the text (a survey id, a
 * form), so fingerprints of one use cannot be linked to another's.
 */
@ApplicationScoped
public class Fingerprints {

    private final SecretKeySpec key;

    Fingerprints(GuardConfig config) {
        this.key = new SecretKeySpec(config.altcha().hmacKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
