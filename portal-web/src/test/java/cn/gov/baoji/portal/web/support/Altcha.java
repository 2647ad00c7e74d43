package cn.gov.baoji.portal.web.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import io.restassured.path.json.JsonPath;

/**
 * Does what the ALTCHA widget does in a browser: fetches a challenge from a county's host and
 * finds the number (the test profile keeps it small), giving the payload a form sends as {@code altcha}.
 */
public final class Altcha {

    private Altcha() {
    }

    /** The fields of a solved challenge, to send as they are or to alter into a forged payload. */
    public record Solution(String challenge, String salt, String signature, int number) {

        /** The payload a form sends. */
        public String payload() {
            return Altcha.payload(challenge, salt, signature, number);
        }
    }

    /** A solved challenge of {@code host}, ready to send. */
    public static String solve(String host) {
        return solution(host).payload();
    }

    /** A challenge of {@code host} with the number that solves it. */
    public static Solution solution(String host) {
        JsonPath challenge = given().header("Host", host).get("/api/v1/challenge").then().statusCode(200).extract()
                .jsonPath();
        return solution(challenge.getString("challenge"), challenge.getString("salt"), challenge.getString("signature"),
                challenge.getInt("maxnumber"));
    }

    /** The payload for the given challenge fields, with the number found by trying them all. */
    public static String solve(String challenge, String salt, String signature, int maxNumber) {
        return solution(challenge, salt, signature, maxNumber).payload();
    }

    private static Solution solution(String challenge, String salt, String signature, int maxNumber) {
        for (int n = 0; n <= maxNumber; n++) {
            if (sha256(salt + n).equals(challenge)) {
                return new Solution(challenge, salt, signature, n);
            }
        }
        throw new AssertionError("no solution up to " + maxNumber + " for " + challenge);
    }

    /** A payload with the given fields as they are (for forged or tampered solutions). */
    public static String payload(String challenge, String salt, String signature, int number) {
        String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + number
                + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\",\"took\":10}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
