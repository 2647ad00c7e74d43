package cn.gov.baoji.portal.core.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.baoji.portal.core.guard.Fingerprints;

/**
 * The one-way keys a response is stored with, so that "once" can be checked without keeping who
 * answered: the browser's random cookie token as SHA-256 of survey id and token, the client address
 * as a keyed {@link Fingerprints fingerprint} of survey id and address. Both include the survey id,
 * so keys of two surveys cannot be linked to each other.
 */
@ApplicationScoped
public class RespondentKeys {

    private final Fingerprints fingerprints;

    RespondentKeys(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
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
        return fingerprints.of("survey:" + surveyId + ":" + address);
    }
}
