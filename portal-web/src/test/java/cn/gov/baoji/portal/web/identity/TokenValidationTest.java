package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
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
    void expiredTokenIsRefused() throws InterruptedException {
        String shortLived = KeycloakTokens.fetch("baoji", "portal-cli-short", "city-admin", KeycloakTokens.DEMO_PASSWORD);
        given().header("Host", "console.localhost").auth().oauth2(shortLived)
                .get("/api/admin/me").then().statusCode(200);
        Thread.sleep(4_000);
        given().header("Host", "console.localhost").auth().oauth2(shortLived)
                .get("/api/admin/me").then().statusCode(401);
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
    }
}
