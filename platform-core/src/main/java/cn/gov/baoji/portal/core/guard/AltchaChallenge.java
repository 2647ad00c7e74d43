package cn.gov.baoji.portal.core.guard;

/**
 * A proof-of-work challenge in the ALTCHA v1 format the widget fetches: find the number in
 * [0, maxnumber] such that SHA-256(salt + number), in hex, equals {@code challenge}. The salt
 * carries the expiry and the site; the signature (HMAC-SHA256 of the challenge) proves we issued it.
 */
public record AltchaChallenge(String algorithm, String challenge, int maxnumber, String salt, String signature) {
}
