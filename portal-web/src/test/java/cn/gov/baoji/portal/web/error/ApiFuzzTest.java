package cn.gov.baoji.portal.web.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RawHttp;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Walks the application's own OpenAPI document and sends malformed variants of every operation:
 * JSON of the wrong shape ({@code []}, {@code {"x":[]}}, a string, broken JSON, each field with a
 * value of the wrong type or a NUL byte, a huge string), text for numeric path and query parameters,
 * NUL and DEL bytes and huge values in parameters, bad form fields. Each is
 * sent as someone allowed to call the operation: the city administrator on the console host, the
 * webmaster of a county of this test's own on its host (bearer token for the API, a signed-in
 * browser session with the CSRF token for pages), anyone for public pages. No answer may be a 5xx;
 * a 4xx must be problem JSON on {@code /api/**} and the Chinese error page elsewhere.
 * <p>
 * Path parameters of body variants name nothing that exists, so no variant can change real data.
 * {@code POST /logout} is sent without a session: with one, the first variant would end it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    private static final String COUNTY = "fuzzcounty";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final String HUGE = "a".repeat(2_000);
    private static final String HUGE_BODY = "a".repeat(100_000);

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    /** Who sends an operation's requests, to which host, with which credentials. */
    private record Caller(String host, String user, Map<String, String> cookies, String csrfToken) {

        static Caller anonymous(String host) {
            return new Caller(host, null, Map.of(), null);
        }
    }

    /** One malformed request. */
    private record Variant(String method, String path, String contentType, String body, String what) {

        @Override
        public String toString() {
            String shown = body == null ? "" : " body " + (body.length() > 80 ? body.substring(0, 80) + "…(" + body.length()
                    + " chars)" : body);
            String target = path.length() > 120 ? path.substring(0, 120) + "…" : path;
            return method + " " + target + shown + " [" + what + "]";
        }
    }

    private String webmaster;
    private Caller countyApi;
    private Caller consoleApi;
    private Caller countyPages;
    private Caller consolePages;

    @BeforeEach
    void callers() {
        // Not @BeforeAll: the application (and its port) is only up once the first test starts.
        if (countyApi != null) {
            return;
        }
        Counties.provision(provisioner, COUNTY, "测试区", "619990", "classic");
        webmaster = TestAccounts.webmaster(keycloak, COUNTY, "测试区网站管理员");
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, "console");
        countyApi = new Caller(COUNTY + ".localhost", webmaster, Map.of(), null);
        consoleApi = new Caller("console.localhost", "city-admin", Map.of(), null);
        countyPages = signedIn(COUNTY, "/admin/", webmaster);
        consolePages = signedIn("console", "/console/accounts", "city-admin");
    }

    @Test
    void malformedRequestsToEveryOperationGetA4xxInTheRightForm() {
        JsonPath openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int sent = 0;
        for (Map.Entry<String, Map<String, Map<String, Object>>> path : paths.entrySet()) {
            for (Map.Entry<String, Map<String, Object>> operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                operations++;
                String method = operation.getKey().toUpperCase(Locale.ROOT);
                Caller caller = callerFor(path.getKey());
                for (Variant variant : variants(method, path.getKey(), operation.getValue(), schemas, caller)) {
                    RawHttp.Answer response = send(caller, variant);
                    sent++;
                    String wrong = judge(path.getKey(), response);
                    if (wrong != null) {
                        failures.add(variant + " as " + (caller.user() == null ? "anyone" : caller.user()) + " on "
                                + caller.host() + " -> " + wrong);
                    }
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(90);
        assertThat(failures).as("%d of %d malformed requests to %d operations were answered wrongly:%n%s", failures.size(),
                sent, operations, String.join("\n", failures)).isEmpty();
    }

    /** Why a response is wrong, or null when it is a proper answer to a malformed request. */
    private static String judge(String path, RawHttp.Answer response) {
        int status = response.status();
        String type = response.contentType();
        String body = response.body();
        String seen = status + " " + type + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        if (status >= 500) {
            return seen;
        }
        if (status < 400) {
            return null;
        }
        if (path.startsWith("/api/")) {
            if (!type.startsWith("application/problem+json")) {
                return "not problem JSON: " + seen;
            }
            JsonPath problem = JsonPath.from(body);
            if (problem.getInt("status") != status || problem.getString("title") == null
                    || problem.getString("detail") == null) {
                return "incomplete problem: " + seen;
            }
            return null;
        }
        if (!type.startsWith("text/html") || !body.contains("lang=\"zh-CN\"")) {
            return "not the Chinese error page: " + seen;
        }
        return null;
    }

    private Caller callerFor(String path) {
        if (path.startsWith("/api/console/")) {
            return consoleApi;
        }
        if (path.startsWith("/api/admin/")) {
            return countyApi;
        }
        if (path.equals("/console") || path.startsWith("/console/")) {
            return consolePages;
        }
        if (path.equals("/admin") || path.startsWith("/admin/")) {
            return countyPages;
        }
        return Caller.anonymous(COUNTY + ".localhost");
    }

    private List<Variant> variants(String method, String template, Map<String, Object> operation,
            Map<String, Map<String, Object>> schemas, Caller caller) {
        List<Map<String, Object>> parameters = list(operation.get("parameters"));
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Map<String, Object> p : parameters) {
            if ("path".equals(p.get("in"))) {
                defaults.put((String) p.get("name"), absentValue((String) p.get("name"), isNumeric(p)));
            }
        }
        List<Variant> variants = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            // Not broken percent-encoding: Quarkus refuses targets that are no valid URI with a bare
            // 400 before any route runs (see EdgeFailures).
            List<String> bad = new ArrayList<>(List.of("%00", "%7F", HUGE));
            if (isNumeric(p)) {
                bad.addAll(List.of("abc", "1.5", "99999999999999999999"));
            }
            for (String value : bad) {
                if ("path".equals(p.get("in"))) {
                    Map<String, String> values = new LinkedHashMap<>(defaults);
                    values.put(name, value);
                    variants.add(new Variant(method, fill(template, values), null, null, "path " + name));
                } else if ("query".equals(p.get("in"))) {
                    variants.add(new Variant(method, fill(template, defaults) + "?" + name + "=" + value, null, null,
                            "query " + name));
                }
            }
        }
        String path = fill(template, defaults);
        Map<String, Object> content = map(map(operation.get("requestBody")).get("content"));
        for (Map.Entry<String, Object> body : content.entrySet()) {
            Map<String, Object> schema = resolve(map(map(body.getValue()).get("schema")), schemas);
            switch (body.getKey()) {
                case "application/json" -> variants.addAll(jsonVariants(method, path, schema, schemas));
                case "application/x-www-form-urlencoded" -> variants.addAll(formVariants(method, path, schema, caller));
                case "multipart/form-data" -> variants.add(new Variant(method, path, "application/x-www-form-urlencoded",
                        token(caller), "form instead of multipart"));
                default -> {
                    variants.add(new Variant(method, path, "application/octet-stream", "", "empty body"));
                    variants.add(new Variant(method, path, "application/octet-stream", "不是文件", "not a file"));
                }
            }
            if (!body.getKey().equals("application/json")) {
                variants.add(new Variant(method, path, "application/json", "[]", "JSON to a " + body.getKey() + " endpoint"));
            }
        }
        return variants;
    }

    private static List<Variant> jsonVariants(String method, String path, Map<String, Object> schema,
            Map<String, Map<String, Object>> schemas) {
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant(method, path, "application/json", "[]", "array"),
                new Variant(method, path, "application/json", "{\"x\":[]}", "unknown field"),
                new Variant(method, path, "application/json", "\"一段文字\"", "string"),
                new Variant(method, path, "application/json", "{\"title\":", "broken JSON"),
                new Variant(method, path, "application/json", "\"" + HUGE_BODY + "\"", "huge string")));
        Map<String, Object> properties = map(schema.get("properties"));
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String name = property.getKey();
            Map<String, Object> type = resolve(map(property.getValue()), schemas);
            String kind = String.valueOf(type.get("type"));
            String wrong = switch (kind) {
                case "integer", "number", "boolean" -> "\"abc\"";
                case "array" -> "\"x\"";
                default -> "[]";
            };
            variants.add(new Variant(method, path, "application/json", "{\"" + name + "\":" + wrong + "}",
                    "wrong type of " + name));
            if (kind.equals("string")) {
                variants.add(new Variant(method, path, "application/json", "{\"" + name + "\":\"a\\u0000b\"}",
                        "NUL in " + name));
            }
        }
        return variants;
    }

    private static List<Variant> formVariants(String method, String path, Map<String, Object> schema, Caller caller) {
        String token = token(caller);
        String prefix = token.isEmpty() ? "" : token + "&";
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(method, path, "application/x-www-form-urlencoded", token, "no fields"));
        for (Map.Entry<String, Object> property : map(schema.get("properties")).entrySet()) {
            String name = property.getKey();
            List<String> bad = new ArrayList<>(List.of("%00", "%7F", "a".repeat(5_000)));
            if (Set.of("integer", "number").contains(String.valueOf(map(property.getValue()).get("type")))) {
                bad.add("abc");
            }
            for (String value : bad) {
                variants.add(new Variant(method, path, "application/x-www-form-urlencoded", prefix + name + "=" + value,
                        "form field " + name));
            }
        }
        return variants;
    }

    /** Sent as written, on a socket: HTTP clients refuse to send broken percent-encoding. */
    private RawHttp.Answer send(Caller caller, Variant variant) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", caller.host() + ":" + root.getPort());
        if (!caller.cookies().isEmpty()) {
            headers.put("Cookie", caller.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        } else if (caller.user() != null) {
            headers.put("Authorization", "Bearer " + KeycloakTokens.of(caller.user()));
        }
        if (variant.body() != null) {
            headers.put("Content-Type", variant.contentType() + "; charset=UTF-8");
        }
        try {
            return RawHttp.exchange(root.getPort(), variant.method(), variant.path(), headers, variant.body());
        } catch (IOException e) {
            throw new UncheckedIOException(variant + ": no answer", e);
        }
    }

    private BrowserSession sessionOf(String county, String page, String username) {
        BrowserSession browser = new BrowserSession();
        Response landed = browser.logIn(browser.open(url(county, page)), username, KeycloakTokens.DEMO_PASSWORD);
        assertThat(landed.statusCode()).as(username + " signed in").isEqualTo(200);
        return browser;
    }

    private Caller signedIn(String county, String page, String username) {
        BrowserSession browser = sessionOf(county, page, username);
        String token = BrowserSession.csrfToken(browser.open(url(county, page)));
        return new Caller(county + ".localhost", username, browser.cookies(county + ".localhost"), token);
    }

    private static String token(Caller caller) {
        return caller.csrfToken() == null ? "" : "csrf-token=" + caller.csrfToken();
    }

    /** A well-formed value that names nothing: body variants must not touch real data. */
    private static String absentValue(String name, boolean numeric) {
        if (numeric) {
            return "999999999";
        }
        return switch (name) {
            case "id" -> "00000000-0000-0000-0000-000000000000";
            case "name" -> "nothing.pdf";
            default -> "nosuchcode";
        };
    }

    private static boolean isNumeric(Map<String, Object> parameter) {
        Object type = map(parameter.get("schema")).get("type");
        return "integer".equals(type) || "number".equals(type);
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Map<String, Object>> schemas) {
        Object ref = schema.get("$ref");
        if (ref instanceof String name && name.startsWith("#/components/schemas/")) {
            return map(schemas.get(name.substring("#/components/schemas/".length())));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    private String url(String host, String path) {
        return "http://" + host + ".localhost:" + root.getPort() + path;
    }
}
