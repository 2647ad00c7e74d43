package cn.gov.baoji.portal.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one-way keys a response is stored with, so that "once" can be checked without keeping who
 * answered: the browser's random cookie token as SHA-256 of survey id and token, the client address
 * as HMAC-SHA256 of survey id and address with the server's secret (an address alone is easy to
 * guess; the secret makes trying them all useless). Both include the survey id, so keys of two
 * surveys cannot be linked to each other.
 */
@ApplicationScoped
public class RespondentKeys {

    private static final int MIN_SECRET = 32;

    private final byte[] secret;

    RespondentKeys(SurveyConfig config) {
        if (config.addressSecret().length() < MIN_SECRET) {
            throw new IllegalStateException("portal.survey.address-secret must have at least " + MIN_SECRET
                    + " characters; surveys cannot key client addresses safely without it");
        }
        this.secret = config.addressSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** The key of a browser token for a survey; null without a token. */
    public String browser(long surveyId, String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((surveyId + ":" + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key of a client address for a survey. */
    public String address(long surveyId, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((surveyId + ":" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
