package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With Keycloak unreachable, citizens notice nothing; only signing in fails, with a clear message. */
@QuarkusTest
@TestProfile(KeycloakDownTest.KeycloakUnreachable.class)
class KeycloakDownTest {

    /** Points every identity setting at a port where nothing listens. */
    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.identity.keycloak-url", "http://127.0.0.1:9");
        }
    }

    @Test
    void publicPagesAndApiKeepWorking() {
        given().header("Host", "weibin.localhost").get("/").then().statusCode(200)
                .body(containsString("渭滨区人民政府"));
        given().header("Host", "taibai.localhost").get("/api/v1/site").then().statusCode(200)
                .body("code", equalTo("taibai"));
    }

    @Test
    void backOfficeLoginExplainsInChinese() {
        given().header("Host", "weibin.localhost").redirects().follow(false).get("/admin/")
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("统一身份认证服务暂时无法访问"))
                .body(containsString("网站公开内容和办事服务不受影响"));
        given().header("Host", "console.localhost").redirects().follow(false).get("/console/")
                .then().statusCode(503)
                .body(containsString("统一身份认证服务暂时无法访问"));
    }

    @Test
    void adminApiSaysSignInIsUnavailable() {
        given().header("Host", "weibin.localhost").auth().oauth2("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .get("/api/admin/me").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/login-unavailable"));
    }
}
