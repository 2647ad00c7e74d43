package cn.gov.baoji.portal.web.identity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The city office manages every account through Keycloak; bad requests change nothing there. */
@QuarkusTest
class AccountManagementTest {

    @Test
    void cityOfficeCreatesAccountWhoseOneTimePasswordMustBeChanged() {
        String username = "zhangwei-" + suffix();
        JsonPath created = console().body(Map.of("username", username, "name", "张伟", "phone", "13912345678",
                "email", username + "@baoji.example", "county", "meixian", "role", "webmaster"))
                .post("/api/console/accounts")
                .then().statusCode(201).extract().jsonPath();
        assertThat(created.getString("oneTimePassword")).hasSizeGreaterThanOrEqualTo(12);
        assertThat(created.getBoolean("account.mustChangePassword")).isTrue();
        assertThat(created.getString("account.phone")).isEqualTo("13912345678");
        assertThat(created.getList("account.bindings.countyName")).containsExactly("眉县");

        // The one-time password cannot be used for the password grant until it is changed.
        given().baseUri(KeycloakTokens.keycloakUrl()).formParam("grant_type", "password")
                .formParam("client_id", "portal-cli").formParam("username", username)
                .formParam("password", created.getString("oneTimePassword"))
                .post("/realms/baoji/protocol/openid-connect/token")
                .then().statusCode(400).body("error_description", equalTo("Account is not fully set up"));

        console().queryParam("county", "meixian").queryParam("role", "webmaster").get("/api/console/accounts")
                .then().statusCode(200).body("username", hasItems(username, "meixian-webmaster"));
        console().queryParam("q", "张伟").get("/api/console/accounts")
                .then().statusCode(200).body("username", hasItem(username));
    }

    @Test
    void existingUsernameIsRefusedAndChangesNothing() {
        console().body(Map.of("username", "weibin-webmaster", "name", "冒名", "county", "taibai", "role", "webmaster"))
                .post("/api/console/accounts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("用户名已存在：weibin-webmaster"));
        console().queryParam("county", "taibai").queryParam("role", "webmaster").get("/api/console/accounts")
                .then().body("username", not(hasItem("weibin-webmaster")));
    }

    @Test
    void invalidInputIsRefusedWithClearMessagesAndCreatesNothing() {
        String username = "bad-" + suffix();
        expectRefused(Map.of("username", username, "name", "李娜", "phone", "12345", "county", "weibin", "role", "editor"),
                "phone", "电话号码格式不正确，请填写 11 位手机号或带区号的固定电话");
        expectRefused(Map.of("username", username, "name", "李娜", "email", "not-an-email", "county", "weibin", "role",
                "editor"), "email", "电子邮箱格式不正确");
        expectRefused(Map.of("username", username, "name", "李娜", "county", "xian", "role", "editor"),
                "county", "区县不存在：xian");
        expectRefused(Map.of("username", username, "name", "李娜", "county", "weibin", "role", "emperor"),
                "role", "角色无效，可选：city-admin、webmaster、editor、contributor");
        expectRefused(Map.of("username", username, "name", "李娜", "county", "weibin", "role", "contributor"),
                "department", "信息员须填写所属部门或乡镇的代码");
        expectRefused(Map.of("username", "A B", "name", "李娜", "county", "weibin", "role", "editor"),
                "username", "用户名须为 3 至 40 位小写字母、数字、点、下划线或连字符，以字母开头");
        expectRefused(Map.of("username", username, "name", "李".repeat(41), "county", "weibin", "role", "editor"),
                "name", "姓名不能为空，且不能超过 40 个字");
        console().queryParam("q", username).get("/api/console/accounts").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void roleChangesNameTheBindingThatIsWrong() {
        String id = console().body(Map.of("username", "zhaolei-" + suffix(), "name", "赵磊", "county", "fufeng", "role",
                "editor")).post("/api/console/accounts").then().statusCode(201).extract().jsonPath().getString("account.id");
        Map<String, Object> nullBinding = new java.util.HashMap<>();
        nullBinding.put("bindings", java.util.Arrays.asList(Map.of("county", "fufeng", "role", "editor"), null));
        console().body(nullBinding).put("/api/console/accounts/" + id + "/roles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("bindings[1]"))
                .body("detail", equalTo("角色不能为空，每项须给出 county 和 role"));
        console().body(Map.of("bindings", List.of(Map.of("county", "xian", "role", "editor"))))
                .put("/api/console/accounts/" + id + "/roles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("county"))
                .body("detail", equalTo("区县不存在：xian"));
        // Nothing changed.
        console().get("/api/console/accounts/" + id).then().statusCode(200)
                .body("bindings.county", equalTo(List.of("fufeng")));
    }

    @Test
    void searchesThatKeycloakCannotAnswerAreTheCallersMistake() {
        console().queryParam("q", "王".repeat(101)).get("/api/console/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("q"))
                .body("detail", equalTo("搜索词不能超过 100 个字"));
        console().queryParam("county", "xian").get("/api/console/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("county"))
                .body("detail", equalTo("区县不存在：xian"));
    }

    private static void expectRefused(Map<String, String> body, String field, String detail) {
        console().body(body).post("/api/console/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("field", equalTo(field))
                .body("detail", equalTo(detail));
    }

    @Test
    void malformedJsonIsA400Problem() {
        console().body("{\"username\": ").post("/api/console/accounts")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("请求有误"))
                .body("field", equalTo("body"))
                .body("detail", equalTo("请求内容不是有效的 JSON。"));
    }

    @Test
    void disableEnableResetAndChangeRoles() {
        String username = "wangfang-" + suffix();
        String id = console().body(Map.of("username", username, "name", "王芳", "county", "fufeng", "role", "editor"))
                .post("/api/console/accounts").then().statusCode(201).extract().jsonPath().getString("account.id");

        console().post("/api/console/accounts/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        console().post("/api/console/accounts/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        String first = console().post("/api/console/accounts/" + id + "/password-reset").then().statusCode(200)
                .extract().jsonPath().getString("oneTimePassword");
        assertThat(first).isNotBlank();

        // One person, roles in two counties.
        console().body(Map.of("bindings", List.of(
                Map.of("county", "fufeng", "role", "editor"),
                Map.of("county", "qishan", "role", "contributor", "department", "cjpz"))))
                .put("/api/console/accounts/" + id + "/roles")
                .then().statusCode(200)
                .body("bindings.county", hasItems("fufeng", "qishan"))
                .body("bindings.department", hasItem("cjpz"));

        console().get("/api/console/accounts/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void webmasterManagesOnlyTheirOwnCountysContributors() {
        String username = "liqiang-" + suffix();
        JsonPath created = given().header("Host", "linyou.localhost").auth().oauth2(KeycloakTokens.of("linyou-webmaster"))
                .contentType("application/json")
                .body(Map.of("username", username, "name", "李强", "department", "jcgz", "county", "weibin", "role",
                        "city-admin"))
                .post("/api/admin/accounts")
                .then().statusCode(201).extract().jsonPath();
        // County and role in the body are ignored: a webmaster creates contributors of their own county only.
        assertThat(created.getList("account.bindings.county")).containsExactly("linyou");
        assertThat(created.getList("account.bindings.role")).containsExactly("contributor");

        given().header("Host", "linyou.localhost").auth().oauth2(KeycloakTokens.of("linyou-webmaster"))
                .get("/api/admin/accounts").then().statusCode(200).body("username", hasItem(username))
                .body("username", not(hasItem("weibin-contributor")));

        String othersContributor = console().queryParam("q", "weibin-contributor").get("/api/console/accounts")
                .then().extract().jsonPath().getString("find { it.username == 'weibin-contributor' }.id");
        assertThat(othersContributor).isNotBlank();
        given().header("Host", "linyou.localhost").auth().oauth2(KeycloakTokens.of("linyou-webmaster"))
                .contentType("application/json")
                .post("/api/admin/accounts/" + othersContributor + "/disable")
                .then().statusCode(403);
        console().get("/api/console/accounts/" + othersContributor).then().body("enabled", equalTo(true));
    }

    @Test
    void meListsBindingsOnAnyHost() {
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("qishan-editor"))
                .get("/api/admin/me")
                .then().statusCode(200)
                .body("name", equalTo("岐山县审核员"))
                .body("bindings[0].tenant", equalTo("qishan"))
                .body("bindings[0].tenantName", equalTo("岐山县人民政府"))
                .body("bindings[0].roleLabel", equalTo("审核员"));
        given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("weibin-contributor"))
                .get("/api/admin/me")
                .then().statusCode(200).body("bindings[0].department", equalTo("zfb"));
    }

    private static RequestSpecification console() {
        return given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
