package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Only unmodified, unexpired tokens of the city's realm open the admin API. */
@QuarkusTest
class TokenValidationTest {

    @Test
    void validTokenIsAccepted() {
        given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .get("/api/admin/me")
                .then().statusCode(200)
                .body("username", equalTo("weibin-webmaster"))
                .body("bindings.tenant", hasItem("weibin"))
                .body("bindings.role", hasItem("webmaster"));
    }

    @Test
    void tokenOfAnotherRealmIsRefused() {
        // Its groups claim says /city-admin, which must count for nothing.
        String foreign = KeycloakTokens.fetch("other", "portal-cli", "intruder", KeycloakTokens.DEMO_PASSWORD);
        given().header("Host", "console.localhost").auth().oauth2(foreign)
                .get("/api/console/accounts")
                .then().statusCode(401);
        given().header("Host", "weibin.localhost").auth().oauth2(foreign)
                .get("/api/admin/me")
                .then().statusCode(401);
    }

    @Test
    void expiredTokenIsRefused() {
        // portal-cli-short issues tokens that live two seconds: wait for this one to expire, no longer.
        String shortLived = KeycloakTokens.fetch("baoji", "portal-cli-short", "city-admin", KeycloakTokens.DEMO_PASSWORD);
        given().header("Host", "console.localhost").auth().oauth2(shortLived)
                .get("/api/admin/me").then().statusCode(200);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().header("Host", "console.localhost").auth().oauth2(shortLived)
                        .get("/api/admin/me").then().statusCode(401));
        refusedAsProblem(shortLived);
    }

    @Test
    void tamperedTokenIsRefused() {
        String token = KeycloakTokens.of("weibin-contributor");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("/tenants/weibin/contributor", "/city-admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        given().header("Host", "console.localhost").auth().oauth2(forged)
                .get("/api/console/accounts").then().statusCode(401);
        given().header("Host", "weibin.localhost").auth().oauth2(token.substring(0, token.length() - 4) + "AAAA")
                .get("/api/admin/me").then().statusCode(401);
        given().header("Host", "weibin.localhost").auth().oauth2("not-a-token")
                .get("/api/admin/me").then().statusCode(401);
        refusedAsProblem(forged);
        refusedAsProblem("not-a-token");
    }

    /** What an API client is told about a token that does not count: problem JSON naming the header. */
    private static void refusedAsProblem(String token) {
        given().header("Host", "weibin.localhost").auth().oauth2(token).get("/api/admin/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("type", equalTo("/problems/invalid-token"))
                .body("title", equalTo("需要登录"))
                .body("detail", equalTo("登录凭证无效或已过期，请重新登录后再试。"))
                .body("field", equalTo("Authorization"))
                .body("instance", equalTo("/api/admin/me"));
    }
}
