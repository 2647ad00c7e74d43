package cn.gov.baoji.portal.web.survey;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.NewCookie;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

/**
 * The browser's survey token: a random value set when a survey's form is shown, sent back with the
 * answers. The server keeps only a hash of it per survey (see {@code RespondentKeys}); the same
 * token serves every survey of the site. Clearing cookies clears it: that is what "once per
 * browser" can mean.
 */
final class SurveyCookie {

    static final String NAME = "survey-key";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SurveyCookie() {
    }

    /** The token the browser sent, if it is one of ours in form. */
    static Optional<String> of(HttpServerRequest request) {
        Cookie cookie = request.getCookie(NAME);
        return cookie == null || !TOKEN.matcher(cookie.getValue()).matches() ? Optional.empty()
                : Optional.of(cookie.getValue());
    }

    static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static NewCookie cookie(String token) {
        return new NewCookie.Builder(NAME).value(token).path("/").maxAge((int) Duration.ofDays(365).toSeconds())
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
    }
}
