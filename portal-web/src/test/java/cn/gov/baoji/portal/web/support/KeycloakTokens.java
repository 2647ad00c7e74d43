package cn.gov.baoji.portal.web.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

/**
 * Access tokens from the test run's Keycloak (started by deploy/test.sh), through the local realm's
 * password-grant client. Cached for a minute: the realm's tokens live five.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "demo-local-only";
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    private KeycloakTokens() {
    }

    public static String keycloakUrl() {
        return System.getenv().getOrDefault("PORTAL_TEST_KEYCLOAK_URL", "http://127.0.0.1:8181");
    }

    /** A fresh or cached token of a demo account of realm {@code baoji}. */
    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && System.currentTimeMillis() - cached.fetchedAt() < 60_000) {
            return cached.token();
        }
        String token = fetch("baoji", "portal-cli", username, DEMO_PASSWORD);
        CACHE.put(username, new Cached(token, System.currentTimeMillis()));
        return token;
    }

    public static String fetch(String realm, String client, String username, String password) {
        JsonPath answer = given().baseUri(keycloakUrl())
                .formParam("grant_type", "password")
                .formParam("client_id", client)
                .formParam("username", username)
                .formParam("password", password)
                .when().post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().jsonPath();
        return answer.getString("access_token");
    }
}
