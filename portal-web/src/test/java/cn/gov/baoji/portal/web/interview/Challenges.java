package cn.gov.baoji.portal.web.interview;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import io.restassured.path.json.JsonPath;

/** Solves a county's ALTCHA challenge the way the browser widget does, for API tests. */
final class Challenges {

    private Challenges() {
    }

    /** A fresh, valid {@code altcha} payload for a form of the county's host. */
    static String solve(String county) {
        JsonPath challenge = given().header("Host", county + ".localhost").get("/api/v1/challenge").then().statusCode(200)
                .extract().jsonPath();
        String salt = challenge.getString("salt");
        String target = challenge.getString("challenge");
        int max = challenge.getInt("maxnumber");
        for (int n = 0; n <= max; n++) {
            if (sha256(salt + n).equals(target)) {
                String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + target + "\",\"number\":" + n + ",\"salt\":\""
                        + salt + "\",\"signature\":\"" + challenge.getString("signature") + "\"}";
                return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new AssertionError("Challenge of " + county + " has no solution up to " + max);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
