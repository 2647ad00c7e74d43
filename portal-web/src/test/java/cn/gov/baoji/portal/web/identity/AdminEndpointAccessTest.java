package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import cn.gov.baoji.portal.web.support.TestImages;
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
        SIGNED_IN, CONTRIBUTOR, EDITOR, WEBMASTER, CITY_ADMIN
    }

    /**
     * The rule of an endpoint, and the status the right role's call gets in the walk below: mostly
     * 200/201; a workflow step the article's state refuses is 409, an id that does not exist 404.
     */
    record Rule(Need need, int status) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule("GET /api/admin/me", Need.SIGNED_IN, 200);
        rule("GET /api/admin/site", Need.CONTRIBUTOR, 200);
        rule("GET /api/admin/evaluation", Need.CONTRIBUTOR, 200);
        rule("GET /api/console/evaluation", Need.CITY_ADMIN, 200);
        rule("GET /api/console/evaluation/{county}", Need.CITY_ADMIN, 200);
        rule("GET /api/console/evaluation/weights", Need.CITY_ADMIN, 200);
        rule("PUT /api/console/evaluation/weights", Need.CITY_ADMIN, 200);
        rule("GET /api/admin/accounts", Need.WEBMASTER, 200);
        rule("POST /api/admin/accounts", Need.WEBMASTER, 201);
        rule("POST /api/admin/accounts/{id}/disable", Need.WEBMASTER, 200);
        rule("POST /api/admin/accounts/{id}/enable", Need.WEBMASTER, 200);
        rule("POST /api/admin/accounts/{id}/password-reset", Need.WEBMASTER, 200);
        rule("GET /api/admin/articles", Need.CONTRIBUTOR, 200);
        rule("POST /api/admin/articles", Need.CONTRIBUTOR, 201);
        rule("GET /api/admin/articles/{article}", Need.CONTRIBUTOR, 200);
        rule("PUT /api/admin/articles/{article}", Need.CONTRIBUTOR, 200);
        rule("POST /api/admin/articles/{article}/attachments", Need.CONTRIBUTOR, 201);
        rule("POST /api/admin/articles/{article}/submit", Need.CONTRIBUTOR, 200);
        rule("GET /api/admin/articles/review-queue", Need.EDITOR, 200);
        // In the walk below the article has just been submitted: the county editor approves it (one
        // review level), a return then finds it approved (409), publishing, withdrawing and revising follow.
        rule("POST /api/admin/articles/{article}/approve", Need.EDITOR, 200);
        rule("POST /api/admin/articles/{article}/return", Need.EDITOR, 409);
        rule("POST /api/admin/articles/{article}/publish", Need.EDITOR, 200);
        rule("POST /api/admin/articles/{article}/withdraw", Need.EDITOR, 200);
        rule("POST /api/admin/articles/{article}/revise", Need.EDITOR, 200);
        rule("GET /api/admin/channels", Need.CONTRIBUTOR, 200);
        rule("POST /api/admin/channels", Need.WEBMASTER, 201);
        rule("PUT /api/admin/channels/{channel}", Need.WEBMASTER, 200);
        rule("GET /api/admin/departments", Need.CONTRIBUTOR, 200);
        rule("POST /api/admin/departments", Need.WEBMASTER, 201);
        rule("PUT /api/admin/departments/{department}", Need.WEBMASTER, 200);
        rule("GET /api/admin/catalogue", Need.CONTRIBUTOR, 200);
        rule("POST /api/admin/catalogue/local-nodes", Need.WEBMASTER, 201);
        // No such local node; removing one is covered by CatalogueTest.
        rule("DELETE /api/admin/catalogue/local-nodes/{node}", Need.WEBMASTER, 404);
        rule("GET /api/admin/look", Need.WEBMASTER, 200);
        rule("PUT /api/admin/look/draft", Need.WEBMASTER, 200);
        rule("POST /api/admin/look/assets", Need.WEBMASTER, 201);
        // Publishes the draft saved just before; version 999999 does not exist.
        rule("POST /api/admin/look/publish", Need.WEBMASTER, 200);
        rule("POST /api/admin/look/versions/{version}/restore", Need.WEBMASTER, 404);
        rule("GET /api/admin/applications", Need.CONTRIBUTOR, 200);
        rule("GET /api/admin/applications/stats", Need.CONTRIBUTOR, 200);
        rule("GET /api/admin/search/stats", Need.WEBMASTER, 200);
        rule("GET /api/console/search/stats", Need.CITY_ADMIN, 200);
        // Application 999999 does not exist: the right role gets as far as finding that out.
        rule("GET /api/admin/applications/{application}", Need.CONTRIBUTOR, 404);
        rule("POST /api/admin/applications/{application}/accept", Need.CONTRIBUTOR, 404);
        rule("POST /api/admin/applications/{application}/request-material", Need.CONTRIBUTOR, 404);
        rule("POST /api/admin/applications/{application}/approve", Need.CONTRIBUTOR, 404);
        rule("POST /api/admin/applications/{application}/refuse", Need.CONTRIBUTOR, 404);
        // The demo item 企业投资项目备案 of 渭滨区, not open for online application.
        rule("GET /api/admin/application-forms/{service}", Need.WEBMASTER, 200);
        rule("PUT /api/admin/application-forms/{service}", Need.WEBMASTER, 200);
        rule("PUT /api/admin/application-forms/{service}/result-fields", Need.WEBMASTER, 200);
        rule("GET /api/console/accounts", Need.CITY_ADMIN, 200);
        rule("POST /api/console/accounts", Need.CITY_ADMIN, 201);
        rule("GET /api/console/accounts/{id}", Need.CITY_ADMIN, 200);
        rule("POST /api/console/accounts/{id}/disable", Need.CITY_ADMIN, 200);
        rule("POST /api/console/accounts/{id}/enable", Need.CITY_ADMIN, 200);
        rule("POST /api/console/accounts/{id}/password-reset", Need.CITY_ADMIN, 200);
        rule("PUT /api/console/accounts/{id}/roles", Need.CITY_ADMIN, 200);
        rule("GET /api/console/tenants", Need.CITY_ADMIN, 200);
        rule("POST /api/console/tenants", Need.CITY_ADMIN, 201);
        // Suspend before resume: the walk below keeps this order.
        rule("POST /api/console/tenants/{code}/suspend", Need.CITY_ADMIN, 200);
        rule("POST /api/console/tenants/{code}/resume", Need.CITY_ADMIN, 200);
        rule("GET /api/console/tenants/{code}/provisioning", Need.CITY_ADMIN, 200);
        rule("POST /api/console/tenants/{code}/domains", Need.CITY_ADMIN, 200);
        // After the POST above, the county has two domains, so removing one succeeds for the right role.
        rule("DELETE /api/console/tenants/{code}/domains/{domain}", Need.CITY_ADMIN, 200);
        rule("GET /api/console/catalogue", Need.CITY_ADMIN, 200);
        rule("POST /api/console/catalogue/releases", Need.CITY_ADMIN, 201);
        rule("GET /api/console/catalogue/topics", Need.CITY_ADMIN, 200);
        rule("PUT /api/console/catalogue/topics", Need.CITY_ADMIN, 200);
        rule("GET /api/console/calendar", Need.CITY_ADMIN, 200);
        // Lists a day far ahead, then takes it off again.
        rule("PUT /api/console/calendar/{day}", Need.CITY_ADMIN, 200);
        rule("DELETE /api/console/calendar/{day}", Need.CITY_ADMIN, 204);
        rule("GET /api/console/services", Need.CITY_ADMIN, 200);
        // Releases the current catalogue again unchanged.
        rule("POST /api/console/services/releases", Need.CITY_ADMIN, 201);
        rule("GET /api/admin/services", Need.EDITOR, 200);
        rule("GET /api/admin/services/{item}", Need.EDITOR, 200);
        // On 企业投资项目备案 of weibin, which no other test reads: written complete, taken down, published again.
        rule("PUT /api/admin/services/{item}", Need.EDITOR, 200);
        rule("POST /api/admin/services/{item}/unpublish", Need.EDITOR, 200);
        rule("POST /api/admin/services/{item}/publish", Need.EDITOR, 200);
        rule("POST /api/admin/services/{item}/forms", Need.EDITOR, 201);
        // No such form; removing one is covered by ServiceGuideAdminTest.
        rule("DELETE /api/admin/services/{item}/forms/{form}", Need.EDITOR, 404);
        rule("GET /api/admin/stats/views", Need.WEBMASTER, 200);
        rule("GET /api/console/stats/views", Need.CITY_ADMIN, 200);
        rule("GET /api/admin/inspection", Need.WEBMASTER, 200);
        rule("GET /api/admin/inspection/history", Need.WEBMASTER, 200);
        rule("POST /api/admin/inspection/runs", Need.WEBMASTER, 202);
        rule("GET /api/console/inspection", Need.CITY_ADMIN, 200);
        // Starts inspecting the matrix's own county (resumed above), and every county, in the background.
        rule("GET /api/console/inspection/{code}", Need.CITY_ADMIN, 200);
        rule("GET /api/console/inspection/{code}/history", Need.CITY_ADMIN, 200);
        rule("POST /api/console/inspection/{code}/runs", Need.CITY_ADMIN, 202);
        rule("POST /api/console/inspection/runs", Need.CITY_ADMIN, 202);
        // Annual reports of 2024: weibin's through the back office, qishan's through the console; generated,
        // read, filled in (at the version just read), downloaded, published last.
        rule("GET /api/admin/reports", Need.WEBMASTER, 200);
        rule("POST /api/admin/reports/{year}/generate", Need.WEBMASTER, 200);
        rule("GET /api/admin/reports/{year}", Need.WEBMASTER, 200);
        rule("PUT /api/admin/reports/{year}", Need.WEBMASTER, 200);
        rule("GET /api/admin/reports/{year}/pdf", Need.WEBMASTER, 200);
        rule("POST /api/admin/reports/{year}/publish", Need.WEBMASTER, 200);
        rule("POST /api/console/reports/{county}/{year}/generate", Need.CITY_ADMIN, 200);
        rule("GET /api/console/reports/{county}/{year}", Need.CITY_ADMIN, 200);
        rule("PUT /api/console/reports/{county}/{year}", Need.CITY_ADMIN, 200);
        rule("GET /api/console/reports/{county}/{year}/pdf", Need.CITY_ADMIN, 200);
        rule("POST /api/console/reports/{county}/{year}/publish", Need.CITY_ADMIN, 200);
        rule("GET /api/console/search", Need.CITY_ADMIN, 200);
        rule("GET /api/console/search/synonyms", Need.CITY_ADMIN, 200);
        rule("POST /api/console/search/synonyms", Need.CITY_ADMIN, 201);
        // No such synonym; removing one is covered by SiteSearchFlowTest.
        rule("DELETE /api/console/search/synonyms/{synonym}", Need.CITY_ADMIN, 404);
        // Rebuilds one test county only (the walk calls it once for the right role).
        rule("POST /api/console/search/rebuild", Need.CITY_ADMIN, 202);
        rule("GET /api/console/search/rebuild", Need.CITY_ADMIN, 200);
    }

    private static void rule(String operation, Need need, int status) {
        RULES.put(operation, new Rule(need, status));
    }

    private String contributorId;
    private String suspendableCode;
    private String articleId;

    @BeforeEach
    void createTargetsOnce() {
        // Not @BeforeAll: the application (and its port) is only up once the first test starts.
        if (contributorId != null) {
            return;
        }
        contributorId = given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json")
                .body(Map.of("username", "mx-" + suffix(), "name", "矩阵测试信息员", "county", "weibin", "role",
                        "contributor", "department", "czj"))
                .post("/api/console/accounts")
                .then().statusCode(201).extract().jsonPath().getString("account.id");
        articleId = given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("weibin-contributor"))
                .contentType("application/json").body(articleBody())
                .post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getString("id");
        suspendableCode = "mx" + suffix().replace("-", "");
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json").body(tenantBody(suspendableCode))
                .post("/api/console/tenants").then().statusCode(201);
    }

    @Test
    void everyRegisteredAdminEndpointHasARule() {
        assertThat(registeredAdminOperations()).isEqualTo(new TreeSet<>(RULES.keySet().stream()
                .map(AdminEndpointAccessTest::openApiForm).toList()));
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
        for (Map.Entry<String, Rule> rule : RULES.entrySet()) {
            if (rule.getValue().need() == Need.SIGNED_IN) {
                continue;
            }
            Response response = call(rule.getKey(), KeycloakTokens.of("taibai-webmaster"));
            assertThat(response.statusCode()).as(rule.getKey()).isEqualTo(403);
            assertThat(response.jsonPath().getString("title")).as(rule.getKey()).isEqualTo("没有权限");
        }
    }

    @Test
    void contributorGets403WhereMoreIsNeeded() {
        for (Map.Entry<String, Rule> rule : RULES.entrySet()) {
            Need need = rule.getValue().need();
            if (need == Need.EDITOR || need == Need.WEBMASTER || need == Need.CITY_ADMIN) {
                assertThat(call(rule.getKey(), KeycloakTokens.of("weibin-contributor")).statusCode())
                        .as(rule.getKey()).isEqualTo(403);
            }
        }
    }

    @Test
    void editorGets403WhereWebmasterIsNeeded() {
        for (Map.Entry<String, Rule> rule : RULES.entrySet()) {
            if (rule.getValue().need() == Need.WEBMASTER || rule.getValue().need() == Need.CITY_ADMIN) {
                assertThat(call(rule.getKey(), KeycloakTokens.of("weibin-editor")).statusCode())
                        .as(rule.getKey()).isEqualTo(403);
            }
        }
    }

    @Test
    void theRightRoleSucceeds() {
        for (Map.Entry<String, Rule> rule : RULES.entrySet()) {
            String user = switch (rule.getValue().need()) {
                case SIGNED_IN, CONTRIBUTOR -> "weibin-contributor";
                case EDITOR -> "weibin-editor";
                case WEBMASTER -> "weibin-webmaster";
                case CITY_ADMIN -> "city-admin";
            };
            Response response = call(rule.getKey(), KeycloakTokens.of(user));
            String what = rule.getKey() + " as " + user + ": " + response.asString();
            assertThat(response.statusCode()).as(what).isEqualTo(rule.getValue().status());
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
                .replace("{domain}", suspendableCode + ".localhost")
                .replace("{code}", suspendableCode)
                .replace("{article}", articleId)
                .replace("{channel}", "1")
                .replace("{department}", "1")
                .replace("{node}", "nosuchnode")
                .replace("{version}", "999999")
                .replace("{day}", "2031-01-02")
                .replace("{application}", "999999")
                .replace("{service}", "BJ-QT-0901")
                .replace("{item}", "BJ-QT-0901")
                .replace("{form}", "999999")
                .replace("{year}", "2024")
                .replace("{county}", "qishan")
                .replace("{synonym}", "999999");
        String host = path.startsWith("/api/console") ? "console.localhost" : "weibin.localhost";
        RequestSpecification request = given().header("Host", host);
        if (operation.endsWith("/look/assets")) {
            request.contentType("image/png").queryParam("kind", "logo")
                    .body(TestImages.png(32, 32, Color.BLUE));
        } else if (operation.endsWith("/services/{item}/forms")) {
            request.contentType("application/pdf").queryParam("name", "备案信息表.pdf").queryParam("kind", "BLANK")
                    .body("%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (operation.endsWith("/attachments")) {
            request.contentType("application/pdf").queryParam("name", "通知.pdf")
                    .body("%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
            request.contentType("application/json");
        }
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (operation.equals("GET /api/console/search")) {
            request.queryParam("q", "教育");
        } else if (operation.equals("POST /api/console/search/rebuild")) {
            request.queryParam("county", "taibai");
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
                    "jyj");
            case "POST /api/admin/articles", "PUT /api/admin/articles/{article}" -> articleBody();
            case "POST /api/admin/articles/{article}/approve", "POST /api/admin/articles/{article}/return",
                    "POST /api/admin/articles/{article}/withdraw", "POST /api/admin/articles/{article}/publish" ->
                Map.of("comment", "矩阵测试");
            case "PUT /api/admin/look/draft" -> Map.of("theme", "classic", "primaryColor", "#b0121b", "secondaryColor",
                    "#d4a017");
            case "POST /api/admin/channels" -> Map.of("code", "mx-" + suffix(), "name", "矩阵栏目");
            case "PUT /api/admin/channels/{channel}" -> Map.of("name", "新闻动态", "sortOrder", 10, "updateEveryDays", 14);
            case "POST /api/admin/departments" -> Map.of("code", "mx" + suffix().replace("-", ""), "name", "矩阵局");
            case "PUT /api/admin/departments/{department}" -> Map.of("name", "渭滨区人民政府办公室", "kind", "DEPARTMENT");
            case "POST /api/admin/catalogue/local-nodes" -> Map.of("code", "mx" + suffix().replace("-", ""),
                    "parentCode", "zdly", "name", "矩阵专题");
            case "POST /api/console/catalogue/releases" -> Map.of("note", "矩阵测试", "nodes", currentCatalogue());
            case "PUT /api/console/catalogue/topics" -> given().header("Host", "console.localhost")
                    .auth().oauth2(KeycloakTokens.of("city-admin")).get("/api/console/catalogue/topics")
                    .then().statusCode(200).extract().jsonPath().getList("");
            case "POST /api/console/accounts" -> Map.of("username", "mxc-" + suffix(), "name", "矩阵审核员", "county",
                    "taibai", "role", "editor");
            case "PUT /api/console/accounts/{id}/roles" -> Map.of("bindings",
                    java.util.List.of(Map.of("county", "weibin", "role", "contributor", "department", "czj")));
            // The default weights again, so the walk changes nothing another test ranks with.
            case "PUT /api/console/evaluation/weights" -> Map.of("acceptance", 20, "replyOnTime", 25, "completionOnTime", 25,
                    "satisfaction", 10, "views", 10, "participation", 10);
            case "PUT /api/console/calendar/{day}" -> Map.of("kind", "HOLIDAY", "name", "矩阵测试");
            case "POST /api/console/search/synonyms" -> Map.of("term", "矩阵" + suffix().replaceAll("[^0-9a-z]", ""),
                    "alternative", "矩阵测试");
            case "POST /api/admin/applications/{application}/accept", "POST /api/admin/applications/{application}/request-material",
                    "POST /api/admin/applications/{application}/approve", "POST /api/admin/applications/{application}/refuse" ->
                Map.of("comment", "矩阵测试");
            case "PUT /api/admin/application-forms/{service}" -> Map.of("fields", java.util.List.of(Map.of("label", "项目名称",
                    "kind", "text", "required", true, "maxLength", 50)), "files", java.util.List.of(Map.of("name", "备案申请表",
                    "required", true, "types", java.util.List.of("pdf", "word"))));
            case "PUT /api/admin/application-forms/{service}/result-fields" -> Map.of("fields", java.util.List.of());
            case "POST /api/console/services/releases" -> currentServiceCatalogue();
            case "PUT /api/admin/reports/{year}" -> Map.of("version", reportVersion("weibin.localhost", "weibin-webmaster",
                    "/api/admin/reports/2024"), "fields", Map.of("securityAssessments", Map.of("value", "2")));
            case "PUT /api/console/reports/{county}/{year}" -> Map.of("version", reportVersion("console.localhost", "city-admin",
                    "/api/console/reports/qishan/2024"), "fields", Map.of("securityAssessments", Map.of("value", "2")));
            case "PUT /api/admin/services/{item}" -> guideBody();
            case "POST /api/console/tenants" -> tenantBody("mx" + suffix().replace("-", ""));
            case "POST /api/console/tenants/{code}/domains" -> Map.of("domain", "www.mx" + suffix() + ".gov.cn");
            default -> null;
        };
    }

    /** The version of a report as last read (0 before it is generated: the calls refused earlier never get that far). */
    private static int reportVersion(String host, String user, String path) {
        Response current = given().header("Host", host).auth().oauth2(KeycloakTokens.of(user)).get(path);
        return current.statusCode() == 200 ? current.jsonPath().getInt("version") : 0;
    }

    private static Map<String, Object> articleBody() {
        return Map.of("channel", "tzgg", "title", "矩阵测试通知", "body", "<p>正文</p>");
    }

    /** The current catalogue, released again unchanged. */
    private static java.util.List<Map<String, Object>> currentCatalogue() {
        java.util.List<Map<String, Object>> nodes = given().header("Host", "console.localhost")
                .auth().oauth2(KeycloakTokens.of("city-admin")).get("/api/console/catalogue")
                .then().statusCode(200).extract().jsonPath().getList("nodes");
        return nodes.stream().map(n -> {
            Map<String, Object> m = new HashMap<>();
            m.put("code", n.get("code"));
            m.put("parentCode", n.get("parentCode"));
            m.put("name", n.get("name"));
            m.put("allowLocalChildren", n.get("allowLocalChildren"));
            return m;
        }).toList();
    }

    /** The current service catalogue, to be released again unchanged. */
    private static Map<String, Object> currentServiceCatalogue() {
        Map<String, Object> current = given().header("Host", "console.localhost")
                .auth().oauth2(KeycloakTokens.of("city-admin")).get("/api/console/services")
                .then().statusCode(200).extract().jsonPath().getMap("");
        return Map.of("note", "矩阵测试", "events", current.get("events"), "items", current.get("items"));
    }

    /** A complete guide of 企业投资项目备案, as the demo has it. */
    private static Map<String, Object> guideBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("conditions", "在本区内投资建设、不涉及国家安全和须经核准的企业投资项目。");
        body.put("materials", "企业投资项目备案信息表\n企业对备案信息真实性的承诺");
        body.put("place", "渭滨区政务服务中心一楼综合受理区");
        body.put("hours", "工作日上午 9:00—12:00，下午 13:30—17:30（法定节假日除外）");
        body.put("phone", "0917-6210306");
        body.put("process", "告知备案信息\n核对信息完整性\n出具项目备案证明");
        body.put("fees", "不收费");
        body.put("timeLimitDays", 3);
        body.put("department", "fgj");
        body.put("window", "综合受理 1 号窗口");
        body.put("online", false);
        return body;
    }

    /** Path parameters as OpenAPI names them: the Java parameter names. */
    private static String openApiForm(String operation) {
        return operation.replace("{version}", "{id}").replace("{article}", "{id}").replace("{channel}", "{id}").replace("{department}", "{id}")
                .replace("{node}", "{code}");
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
