package cn.gov.baoji.portal.web.account;

import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.NodeScript;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code src/test/browser/account-pages.mjs}: in real Chromium a webmaster creates a contributor
 * of 崔家头镇 on the account pages and copies the one-time password; the new person signs in with it,
 * must change it, and lands in the back office writing for 崔家头镇 only. Screenshots go to
 * {@code target/screenshots/accounts-*.png}.
 */
@QuarkusTest
class AccountPagesBrowserTest {

    private static final String COUNTY = "qianyang";
    private static final String DEPARTMENT = "cjtz";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Test
    void webmasterCreatesContributorWhoChangesThePasswordAndWritesForTheirDepartmentOnly() throws Exception {
        RedirectUris.allow(keycloak, root.getPort(), COUNTY);
        String username = "liuyang-" + Long.toString(System.nanoTime(), 36);
        String ownPassword = "Qianyang-" + Long.toString(System.nanoTime(), 36);

        String output = NodeScript.run("account-pages.mjs", 4, String.valueOf(root.getPort()), "target/screenshots",
                COUNTY, COUNTY + "-webmaster", KeycloakTokens.DEMO_PASSWORD, username, ownPassword, DEPARTMENT,
                "崔家头镇");
        assertThat(output).contains("writes for their department only");

        // The password the person chose works; the department is theirs whatever they ask for.
        String token = KeycloakTokens.fetch("baoji", "portal-cli", username, ownPassword);
        given().header("Host", COUNTY + ".localhost").auth().oauth2(token).contentType("application/json")
                .body(Map.of("channel", "tzgg", "department", "zfb", "title", "崔家头镇开展冬季防火宣传",
                        "body", "<p>崔家头镇组织开展冬季森林防火宣传活动。</p>"))
                .post("/api/admin/articles").then().statusCode(201).body("department", equalTo(DEPARTMENT));

        // Another department's article is out of reach.
        long others = as(COUNTY + "-contributor", COUNTY).body(Map.of("channel", "tzgg", "title", "县政府办公室通知",
                "body", "<p>关于做好年末工作的通知。</p>")).post("/api/admin/articles").then().statusCode(201)
                .body("department", equalTo("zfb")).extract().jsonPath().getLong("id");
        given().header("Host", COUNTY + ".localhost").auth().oauth2(token).contentType("application/json")
                .post("/api/admin/articles/" + others + "/submit").then().statusCode(403)
                .body("detail", equalTo("您只能报送和修改本部门的稿件。"));
    }
}
