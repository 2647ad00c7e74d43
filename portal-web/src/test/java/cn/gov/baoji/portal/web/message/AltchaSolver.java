package cn.gov.baoji.portal.web.message;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.baoji.portal.web.support.Altcha;
import io.restassured.path.json.JsonPath;

/** Solves a county's ALTCHA challenge (see {@link Altcha}), and gives the solved fields to forge wrong ones from. */
final class AltchaSolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AltchaSolver() {
    }

    /** A valid payload for a form of {@code county}. */
    static String solve(String county) {
        return Altcha.solve(county + ".localhost");
    }

    /** The solved fields, to alter before encoding. */
    static Map<String, Object> solution(String county) {
        JsonPath challenge = given().header("Host", county + ".localhost").get("/api/v1/challenge").then().statusCode(200)
                .extract().jsonPath();
        String salt = challenge.getString("salt");
        String target = challenge.getString("challenge");
        int max = challenge.getInt("maxnumber");
        for (int n = 0; n <= max; n++) {
            if (sha256(salt + n).equals(target)) {
                Map<String, Object> solved = new LinkedHashMap<>();
                solved.put("algorithm", challenge.getString("algorithm"));
                solved.put("challenge", target);
                solved.put("number", n);
                solved.put("salt", salt);
                solved.put("signature", challenge.getString("signature"));
                return solved;
            }
        }
        throw new IllegalStateException("challenge has no solution up to " + max);
    }

    static String encode(Map<String, Object> solution) {
        try {
            return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(solution));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
