package cn.gov.baoji.portal.web.error;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Malformed requests found in review, each answered with the right 4xx: problem JSON naming the
 * field on {@code /api/**}, the themed Chinese error page elsewhere, never a 500 or a bare body.
 */
@QuarkusTest
class BadRequestsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void http10WithoutHostIsAnUnknownSite() throws Exception {
        String api = RawHttp.send(root.getPort(), "GET /api/v1/site HTTP/1.0\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.0 404").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"title\":\"该站点不存在\"").contains("\"instance\":\"/api/v1/site\"");
        String page = RawHttp.send(root.getPort(), "GET / HTTP/1.0\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.0 404").containsIgnoringCase("Content-Type: text/html").contains("该站点不存在");
    }

    @Test
    void malformedOrMissingHostIsA400InOurWords() throws Exception {
        for (String host : new String[] { "weibin.localhost:abc", "a b", "[::1", "weibin.localhost:99999" }) {
            String api = RawHttp.send(root.getPort(),
                    "GET /api/v1/site HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(api).as(host).startsWith("HTTP/1.1 400")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"type\":\"/problems/invalid-host\"").contains("\"field\":\"Host\"")
                    .contains("\"detail\":\"请求缺少主机名（Host），或主机名的格式不正确。\"");
        }
        String missing = RawHttp.send(root.getPort(), "GET /api/v1/site HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertThat(missing).startsWith("HTTP/1.1 400").contains("\"field\":\"Host\"");
        String page = RawHttp.send(root.getPort(), "GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html")
                .contains("<title>请求有误</title>").contains("请求缺少主机名（Host），或主机名的格式不正确。")
                .contains("访问宝鸡市人民政府门户网站");
    }

    @Test
    void jsonOfTheWrongShapeNamesTheField() {
        expectProblem(as("weibin-contributor", "weibin").body("{\"title\":123,\"channel\":[]}")
                .post("/api/admin/articles").then(), "channel", "字段 channel 应为文本。");
        expectProblem(as("weibin-contributor", "weibin").body("[]").post("/api/admin/articles").then(),
                "body", "请求内容应为 JSON 对象。");
        expectProblem(as("weibin-contributor", "weibin").body("{\"title\":[]}").post("/api/admin/articles").then(),
                "title", "字段 title 应为文本。");
        expectProblem(as("weibin-contributor", "weibin").body("\"通知\"").post("/api/admin/articles").then(),
                "body", "请求内容应为 JSON 对象。");
        expectProblem(as("weibin-webmaster", "weibin").body("[]").put("/api/admin/look/draft").then(),
                "body", "请求内容应为 JSON 对象。");
        expectProblem(as("weibin-webmaster", "weibin").body("{\"theme\":[]}").put("/api/admin/look/draft").then(),
                "theme", "字段 theme 应为文本。");
        expectProblem(as("weibin-webmaster", "weibin").body("{\"theme\":\"classic\",\"home\":{\"blocks\":[{\"items\":\"三\"}]}}")
                .put("/api/admin/look/draft").then(), "home.blocks[0].items", "字段 home.blocks[0].items 应为数字。");
        expectProblem(given().header("Host", "console.localhost").auth().oauth2(token("city-admin"))
                .contentType("application/json").body("{\"code\":[]}").post("/api/console/tenants").then(),
                "code", "字段 code 应为文本。");
        expectProblem(given().header("Host", "console.localhost").auth().oauth2(token("city-admin"))
                .contentType("application/json").body("{\"domains\":\"weibin.localhost\"}").post("/api/console/tenants").then(),
                "domains", "字段 domains 应为 JSON 数组。");
        expectProblem(given().header("Host", "console.localhost").auth().oauth2(token("city-admin"))
                .contentType("application/json").body("{\"x\":[]}").put("/api/console/catalogue/topics").then(),
                "body", "请求内容应为 JSON 数组。");
        expectProblem(as("weibin-contributor", "weibin").body("{\"title\":").post("/api/admin/articles").then(),
                "body", "请求内容不是有效的 JSON。");
    }

    @Test
    void controlCharactersInJsonTextAreRefused() {
        expectProblem(as("weibin-contributor", "weibin").body("{\"title\":\"通知\",\"channel\":\"\\u0000\"}")
                .post("/api/admin/articles").then(), "channel", "字段 channel 含有不允许的控制字符。");
        // Line breaks and tabs are text.
        as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", "换行的通知", "summary", "第一行\n第二行\t",
                "body", "<p>正文</p>")).post("/api/admin/articles").then().statusCode(201);
    }

    @Test
    void aNumericQueryParameterGivenTextIsA400() {
        long id = as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", "版本号测试", "body", "<p>正文</p>"))
                .post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        expectProblem(as("weibin-contributor", "weibin").queryParam("version", "abc")
                .body(Map.of("channel", "tzgg", "title", "版本号测试", "body", "<p>正文</p>"))
                .put("/api/admin/articles/" + id).then(), "version", "version 应为整数");
        expectProblem(as("weibin-contributor", "weibin").queryParam("page", "第一页").get("/api/admin/articles").then(),
                "page", "页码应为 1 到 10000 之间的整数");
        expectProblem(given().header("Host", "console.localhost").auth().oauth2(token("city-admin"))
                .queryParam("max", "99999999999").get("/api/console/accounts").then(), "max", "max 应为整数");
        // A path segment that is no number names no resource.
        as("weibin-contributor", "weibin").get("/api/admin/articles/abc").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void nulBytesInThePathOrQueryNeverReachTheDatabase() {
        expectProblem(anonymous("weibin").urlEncodingEnabled(false).get("/api/v1/disclosure/items?department=%00").then(),
                "department", "参数 department 中含有不允许的控制字符。");
        expectProblem(as("weibin-webmaster", "weibin").urlEncodingEnabled(false)
                .delete("/api/admin/catalogue/local-nodes/%00").then(), "path", "请求地址中含有不允许的控制字符。");
        expectProblem(given().header("Host", "console.localhost").auth().oauth2(token("city-admin")).urlEncodingEnabled(false)
                .get("/api/console/accounts?q=%00").then(), "q", "参数 q 中含有不允许的控制字符。");
        expectProblem(anonymous("weibin").urlEncodingEnabled(false).get("/api/v1/articles?channel=%7F").then(),
                "channel", "参数 channel 中含有不允许的控制字符。");
        expectPage(anonymous("weibin").urlEncodingEnabled(false).get("/disclosure?department=%00").then(),
                "参数 department 中含有不允许的控制字符。");
        expectPage(anonymous("weibin").urlEncodingEnabled(false).get("/departments/%00").then(),
                "请求地址中含有不允许的控制字符。");
    }

    @Test
    void aBodyOverTheSizeLimitIsA413InOurWords() throws Exception {
        // Refused from the Content-Length alone, before a byte of the body is read.
        String api = RawHttp.send(root.getPort(), "POST /api/admin/look/assets?kind=logo HTTP/1.1\r\nHost: weibin.localhost\r\n"
                + "Content-Type: image/png\r\nContent-Length: 30000000\r\nConnection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"title\":\"内容过大\"").contains("\"detail\":\"提交的内容超过了允许的大小。\"");
    }

    private static void expectProblem(ValidatableResponse response, String field, String detail) {
        response.statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("请求有误"))
                .body("field", equalTo(field))
                .body("detail", equalTo(detail));
    }

    /** The themed Chinese page of the county, with the reason and the way home. */
    private static void expectPage(ValidatableResponse response, String detail) {
        response.statusCode(400).contentType("text/html")
                .body(containsString("<title>请求有误</title>"))
                .body(containsString(detail))
                .body(containsString("返回渭滨区人民政府首页"));
    }

    private static String token(String user) {
        return cn.gov.baoji.portal.web.support.KeycloakTokens.of(user);
    }
}
