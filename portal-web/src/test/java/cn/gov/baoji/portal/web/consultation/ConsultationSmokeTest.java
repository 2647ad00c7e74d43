package cn.gov.baoji.portal.web.consultation;

import static io.restassured.RestAssured.given;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.Altcha;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsultationSmokeTest {

    @Inject
    ConsultationFixtures fixtures;

    @Test
    void smoke() {
        long id = fixtures.open("weibin", "关于冒烟测试的征求意见稿");
        String page = given().header("Host", "weibin.localhost").get("/consultations/" + id).then().extract().asString();
        System.out.println("PAGE>>> " + page);
        var r = given().header("Host", "weibin.localhost").header("X-Forwarded-For", ConsultationFixtures.freshAddress())
                .redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("content", "建议延长公示期").formParam("phone", "13912345678")
                .formParam("altcha", Altcha.solve("weibin.localhost")).formParam("website", "")
                .post("/consultations/" + id + "/comments");
        System.out.println("POST>>> " + r.statusCode() + " " + r.getHeaders() + "\n" + r.asString());
        System.out.println("LIST>>> " + given().header("Host", "weibin.localhost").get("/api/v1/consultations").asString());
    }
}
