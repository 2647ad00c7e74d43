package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every administrative API endpoint, as listed by the application's own OpenAPI document, called as
 * anonymous, as another county's webmaster, as a contributor and as the role it needs. An endpoint
 * added without an entry in {@link #RULES} fails {@link #everyRegisteredAdminEndpointHasARule()}.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminEndpointAccessTest {

    /** Who may call an endpoint. */
    enum Need {
        SIGNED_IN, CONTRIBUTOR, WEBMASTER, CITY_ADMIN
    }

    private static final Map<String, Need> RULES = Map.ofEntries(
            Map.entry("GET /api/admin/me", Need.SIGNED_IN),
            Map.entry("GET /api/admin/site", Need.CONTRIBUTOR),
            Map.entry("GET /api/admin/accounts", Need.WEBMASTER),
            Map.entry("POST /api/admin/accounts", Need.WEBMASTER),
            Map.entry("POST /api/admin/accounts/{id}/disable", Need.WEBMASTER),
            Map.entry("POST /api/admin/accounts/{id}/enable", Need.WEBMASTER),
            Map.entry("POST /api/admin/accounts/{id}/password-reset", Need.WEBMASTER),
            Map.entry("GET /api/console/accounts", Need.CITY_ADMIN),
            Map.entry("POST /api/console/accounts", Need.CITY_ADMIN),
            Map.entry("GET /api/console/accounts/{id}", Need.CITY_ADMIN),
            Map.entry("POST /api/console/accounts/{id}/disable", Need.CITY_ADMIN),
            Map.entry("POST /api/console/accounts/{id}/enable", Need.CITY_ADMIN),
            Map.entry("POST /api/console/accounts/{id}/password-reset", Need.CITY_ADMIN),
            Map.entry("PUT /api/console/accounts/{id}/roles", Need.CITY_ADMIN),
            Map.entry("GET /api/console/tenants", Need.CITY_ADMIN),
            Map.entry("POST /api/console/tenants", Need.CITY_ADMIN),
            Map.entry("POST /api/console/tenants/{code}/suspend", Need.CITY_ADMIN),
            Map.entry("POST /api/console/tenants/{code}/resume", Need.CITY_ADMIN));

    private String contributorId;
    private String suspendableCode;

    @BeforeEach
    void createTargetsOnce() {
        // Not @BeforeAll: the application (and its port) is only up once the first test starts.
        if (contributorId != null) {
            return;
        }
        contributorId = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json")
                .body(Map.of("username", "mx-" + suffix(), "name", "矩阵测试信息员", "county", "weibin", "role",
                        "contributor", "department", "区财政局"))
                .post("/api/console/accounts")
                .then().statusCode(201).extract().jsonPath().getString("account.id");
        suspendableCode = "mx" + suffix().replace("-", "");
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json").body(tenantBody(suspendableCode))
                .post("/api/console/tenants").then().statusCode(201);
    }

    @Test
    void everyRegisteredAdminEndpointHasARule() {
        assertThat(registeredAdminOperations()).isEqualTo(new TreeSet<>(RULES.keySet()));
    }

    @Test
    void anonymousCallersGet401ProblemJson() {
        for (String operation : RULES.keySet()) {
            Response response = call(operation, null);
            assertThat(response.statusCode()).as(operation).isEqualTo(401);
            assertThat(response.contentType()).as(operation).startsWith("application/problem+json");
        }
    }

    @Test
    void webmasterOfAnotherCountyGets403() {
        for (Map.Entry<String, Need> rule : RULES.entrySet()) {
            if (rule.getValue() == Need.SIGNED_IN) {
                continue;
            }
            Response response = call(rule.getKey(), KeycloakTokens.of("taibai-webmaster"));
            assertThat(response.statusCode()).as(rule.getKey()).isEqualTo(403);
            assertThat(response.jsonPath().getString("title")).as(rule.getKey()).isEqualTo("没有权限");
        }
    }

    @Test
    void contributorGets403WhereMoreIsNeeded() {
        for (Map.Entry<String, Need> rule : RULES.entrySet()) {
            if (rule.getValue() == Need.WEBMASTER || rule.getValue() == Need.CITY_ADMIN) {
                assertThat(call(rule.getKey(), KeycloakTokens.of("weibin-contributor")).statusCode())
                        .as(rule.getKey()).isEqualTo(403);
            }
        }
    }

    @Test
    void editorGets403WhereWebmasterIsNeeded() {
        for (Map.Entry<String, Need> rule : RULES.entrySet()) {
            if (rule.getValue() == Need.WEBMASTER) {
                assertThat(call(rule.getKey(), KeycloakTokens.of("weibin-editor")).statusCode())
                        .as(rule.getKey()).isEqualTo(403);
            }
        }
    }

    @Test
    void theRightRoleSucceeds() {
        for (Map.Entry<String, Need> rule : RULES.entrySet()) {
            String user = switch (rule.getValue()) {
                case SIGNED_IN, CONTRIBUTOR -> "weibin-contributor";
                case WEBMASTER -> "weibin-webmaster";
                case CITY_ADMIN -> "city-admin";
            };
            Response response = call(rule.getKey(), KeycloakTokens.of(user));
            assertThat(response.statusCode()).as(rule.getKey() + " as " + user + ": " + response.asString())
                    .isBetween(200, 299);
        }
    }

    @Test
    void cityAdminMayAlsoUseEveryCountysBackOfficeApi() {
        given().header("Host", "qishan.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .get("/api/admin/site").then().statusCode(200);
    }

    private Set<String> registeredAdminOperations() {
        Map<String, Map<String, Object>> paths = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/admin") || path.startsWith("/api/console")) {
                methods.keySet().stream()
                        .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                        .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
        });
        return operations;
    }

    private Response call(String operation, String token) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{id}", contributorId)
                .replace("{code}", suspendableCode);
        String host = path.startsWith("/api/console") ? "console.localhost" : "weibin.localhost";
        RequestSpecification request = given().header("Host", host).contentType("application/json");
        if (token != null) {
            request.auth().oauth2(token);
        }
        Object body = bodyFor(operation);
        if (body != null) {
            request.body(body);
        }
        return request.request(method, path);
    }

    private Object bodyFor(String operation) {
        return switch (operation) {
            case "POST /api/admin/accounts" -> Map.of("username", "mxw-" + suffix(), "name", "矩阵信息员", "department",
                    "区教育局");
            case "POST /api/console/accounts" -> Map.of("username", "mxc-" + suffix(), "name", "矩阵审核员", "county",
                    "taibai", "role", "editor");
            case "PUT /api/console/accounts/{id}/roles" -> Map.of("bindings",
                    java.util.List.of(Map.of("county", "weibin", "role", "contributor", "department", "区财政局")));
            case "POST /api/console/tenants" -> tenantBody("mx" + suffix().replace("-", ""));
            default -> null;
        };
    }

    private static Map<String, Object> tenantBody(String code) {
        String division = "69" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "矩阵区");
        body.put("siteName", "矩阵区人民政府");
        body.put("kind", "DISTRICT");
        body.put("divisionCode", division);
        body.put("siteIdentifier", division + "0001");
        body.put("domains", java.util.List.of(code + ".localhost"));
        body.put("footer", Map.of("organizer", "矩阵区人民政府办公室"));
        return body;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
