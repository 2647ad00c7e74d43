package cn.gov.baoji.portal.web.service;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.restassured.specification.RequestSpecification;

/** The city office's side of service tests: releasing new items through the console API, keeping every other item. */
final class ServiceCatalogues {

    private ServiceCatalogues() {
    }

    static RequestSpecification console() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json");
    }

    /** A fresh item code of a test's own. */
    static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Releases the current catalogue plus {@code item}. */
    static int releaseWith(Map<String, Object> item) {
        Map<String, Object> current = console().get("/api/console/services").then().statusCode(200).extract().jsonPath()
                .getMap("");
        List<Object> items = new ArrayList<>(currentItems(current));
        items.add(item);
        return console().body(Map.of("note", "测试：增加事项", "events", current.get("events"), "items", items))
                .post("/api/console/services/releases").then().statusCode(201).extract().jsonPath().getInt("version");
    }

    /** Releases the current catalogue with one item's fields changed. */
    static void releaseChanged(String code, Map<String, Object> changes) {
        Map<String, Object> current = console().get("/api/console/services").then().statusCode(200).extract().jsonPath()
                .getMap("");
        List<Object> items = new ArrayList<>();
        for (Object o : currentItems(current)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = new HashMap<>((Map<String, Object>) o);
            if (code.equals(item.get("code"))) {
                item.putAll(changes);
            }
            items.add(item);
        }
        console().body(Map.of("note", "测试：修改事项", "events", current.get("events"), "items", items))
                .post("/api/console/services/releases").then().statusCode(201);
    }

    /** An item offered by the given counties only. */
    static Map<String, Object> item(String code, String name, List<String> counties) {
        return Map.of("code", code, "name", name, "kind", "LICENSING", "legalBasis", "《中华人民共和国森林法》第五十六条",
                "audiences", List.of("PERSONAL", "CORPORATE"), "events", List.of("nync"), "allCounties", false,
                "counties", counties);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> currentItems(Map<String, Object> release) {
        List<Object> result = new ArrayList<>();
        for (Object o : (List<Object>) release.get("items")) {
            Map<String, Object> item = new HashMap<>((Map<String, Object>) o);
            // The API answers with the release's own shape; a release request takes the same fields.
            result.add(item);
        }
        return result;
    }

    /** A complete guide for the back-office API. */
    static Map<String, Object> completeGuide(String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("conditions", "持有林权证，采伐林木在本县范围内。");
        body.put("materials", "林木采伐申请书\n林权证");
        body.put("place", "太白县政务服务中心");
        body.put("hours", "工作日 9:00—17:30");
        body.put("phone", "0917-4621234");
        body.put("process", "受理\n现场查验\n发证");
        body.put("fees", "不收费");
        body.put("timeLimitDays", 10);
        body.put("department", department);
        body.put("window", "3 号窗口");
        body.put("online", false);
        return body;
    }
}
