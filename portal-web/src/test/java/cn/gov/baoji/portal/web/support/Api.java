package cn.gov.baoji.portal.web.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests as a demo account, on a county's host. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username, String county) {
        return given().header("Host", county + ".localhost").auth().oauth2(KeycloakTokens.of(username))
                .contentType("application/json");
    }

    public static RequestSpecification anonymous(String county) {
        return given().header("Host", county + ".localhost");
    }
}
