package cn.gov.baoji.portal.web.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Each county answers on its own host with its own facts; other hosts get nothing of theirs. */
@QuarkusTest
class TenantSitesTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyCountyHostShowsItsOwnNameAndFooter() {
        for (Map.Entry<String, String> county : Counties.SITE_NAMES.entrySet()) {
            String html = given().header("Host", Counties.host(county.getKey()))
                    .when().get("/")
                    .then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .extract().asString();
            assertThat(html).contains("<title>" + county.getValue() + "</title>")
                    .contains("主办单位：宝鸡市" + county.getValue().replace("人民政府", "") + "人民政府办公室")
                    .contains("网站标识码：")
                    .contains("ICP备")
                    .contains("公网安备")
                    .contains("联系电话")
                    .contains("我为政府网站找错")
                    .contains("网站地图");
            Counties.SITE_NAMES.forEach((otherCode, otherName) -> {
                if (!otherCode.equals(county.getKey())) {
                    assertThat(html).as("%s page mentions %s", county.getKey(), otherName).doesNotContain(otherName);
                }
            });
        }
    }

    @Test
    void siteApiReturnsTheHostsOwnFacts() {
        given().header("Host", "taibai.localhost")
                .when().get("/api/v1/site")
                .then().statusCode(200)
                .body("code", equalTo("taibai"))
                .body("siteName", equalTo("太白县人民政府"))
                .body("divisionCode", equalTo("610331"))
                .body("siteIdentifier", equalTo("6103310001"))
                .body("footer.organizer", equalTo("宝鸡市太白县人民政府办公室"));
    }

    @Test
    void unknownHostGetsChinese404RevealingNoCounty() {
        String html = given().header("Host", "nowhere.localhost")
                .when().get("/")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("该站点不存在"))
                .body(containsString("http://www.baoji.gov.cn/"))
                .extract().asString();
        Counties.SITE_NAMES.values().forEach(name -> assertThat(html).doesNotContain(name));
        assertThat(html).doesNotContain("Exception").doesNotContain("weibin");
    }

    @Test
    void unknownHostOnApiGetsProblemJson() {
        given().header("Host", "nowhere.localhost")
                .when().get("/api/v1/site")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("该站点不存在"))
                .body("type", equalTo("/problems/site-not-found"));
    }

    @Test
    void hostVariantsResolveToTheSameCounty() {
        for (String host : new String[] { "WEIBIN.LOCALHOST", "weibin.localhost:8080", "weibin.localhost.",
                "WeiBin.LocalHost.:80" }) {
            given().header("Host", host)
                    .when().get("/api/v1/site")
                    .then().statusCode(200)
                    .body("code", equalTo("weibin"));
        }
    }

    @Test
    void productionDomainFromSeedResolves() {
        given().header("Host", "www.qishan.gov.cn")
                .when().get("/api/v1/site")
                .then().statusCode(200)
                .body("code", equalTo("qishan"));
    }

    @Test
    void forwardedHostIsIgnoredByDefault() {
        given().header("Host", "weibin.localhost").header("X-Forwarded-Host", "taibai.localhost")
                .when().get("/api/v1/site")
                .then().statusCode(200)
                .body("code", equalTo("weibin"));
        given().header("Host", "weibin.localhost").header("X-Forwarded-Host", "evil.example")
                .when().get("/")
                .then().statusCode(200)
                .body(containsString("渭滨区人民政府"));
        given().header("Host", "proxy.internal").header("X-Forwarded-Host", "weibin.localhost")
                .when().get("/")
                .then().statusCode(404)
                .body(containsString("该站点不存在"));
    }

    @Test
    void emptyHostIsAnUnknownSite() throws Exception {
        String response = RawHttp.send(root.getPort(), "GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 404").contains("该站点不存在");
        Counties.SITE_NAMES.values().forEach(name -> assertThat(response).doesNotContain(name));
    }

    @Test
    void consoleHostIsNotATenant() {
        given().header("Host", "console.localhost").redirects().follow(false)
                .when().get("/")
                .then().statusCode(303)
                .header("Location", containsString("/console/"));
        // The console itself needs a login (see CodeFlowLoginTest).
        given().header("Host", "console.localhost").redirects().follow(false)
                .when().get("/console/")
                .then().statusCode(302)
                .header("Location", containsString("/realms/baoji/protocol/openid-connect/auth"));
        given().header("Host", "console.localhost")
                .when().get("/api/v1/site")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void consoleIsNotReachableOnCountyHosts() {
        given().header("Host", "weibin.localhost")
                .when().get("/console/")
                .then().statusCode(404)
                .body(not(containsString("管理控制台")));
    }

    @Test
    void pagesCarrySecurityHeaders() {
        given().header("Host", "weibin.localhost")
                .when().get("/")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "SAMEORIGIN")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                // Framed by their own site and the city console only (its live thumbnails).
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http://console.localhost:*"));
        // Back-office and console pages by nobody else; only the console's overview frames county sites.
        given().header("Host", "weibin.localhost").redirects().follow(false).when().get("/admin/look/")
                .then().header("Content-Security-Policy", endsWith("frame-src 'self'; frame-ancestors 'self'"));
        given().header("Host", "console.localhost").redirects().follow(false).when().get("/console/themes")
                .then().header("Content-Security-Policy", containsString("frame-src 'self' http://*.localhost:*;"))
                .header("Content-Security-Policy", endsWith("frame-ancestors 'self'"));
    }

    @Test
    void apiErrorsAreProblemJsonWithoutInternals() {
        given().header("Host", "weibin.localhost")
                .when().post("/api/v1/site")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405))
                .body(not(containsString("Exception")));
        given().header("Host", "weibin.localhost")
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownPageOnCountyHostIsAChinese404WithLinkHome() {
        given().header("Host", "fufeng.localhost")
                .when().get("/no-such-page")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("页面不存在"))
                .body(containsString("返回扶风县人民政府首页"));
    }
}
