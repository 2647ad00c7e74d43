package cn.gov.baoji.portal.web.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The account list of a county of this test's own, so that its numbers are exact: 20 a page, filters
 * by role, department and state, search by name.
 */
@QuarkusTest
class AccountListTest {

    private static final String COUNTY = "zhanghu";
    private static final String WEBMASTER = "zhanghu-webmaster";
    private static final String PASSWORD = "Zhanghu-local-only-1";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Test
    void listPagesFiltersAndSearches() {
        Counties.provision(provisioner, COUNTY, "账户区", "619940", "classic");
        RedirectUris.allow(keycloak, root.getPort(), COUNTY);
        createWebmaster();
        // 21 contributors of 人民政府办公室 (one more than a page), one of them 王静.
        for (int i = 1; i <= 21; i++) {
            api().body(Map.of("username", String.format("zhanghu-x%02d", i), "name", i == 7 ? "王静" : "信息员" + i,
                    "department", "zfb")).post("/api/admin/accounts").then().statusCode(201);
        }
        io.restassured.path.json.JsonPath listed = api().queryParam("q", "zhanghu-x21").get("/api/admin/accounts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("username")).containsExactly("zhanghu-x21");
        assertThat(listed.getString("[0].role")).isEqualTo("contributor");
        assertThat(listed.getString("[0].departmentName")).isEqualTo("账户区人民政府办公室");
        String disabledId = listed.getString("[0].id");
        api().post("/api/admin/accounts/" + disabledId + "/disable").then().statusCode(200);

        BrowserSession browser = new BrowserSession();
        assertThat(browser.logIn(browser.open(url("/admin/accounts/")), WEBMASTER, PASSWORD).statusCode())
                .isEqualTo(200);
        String first = browser.open(url("/admin/accounts/")).asString();
        assertThat(first).contains("共 21 个账号，第 1 / 2 页").contains(">zhanghu-x01</a>").contains(">zhanghu-x20</a>")
                .doesNotContain(">zhanghu-x21</a>").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = browser.open(url("/admin/accounts/?q=&role=&department=&state=&page=2")).asString();
        assertThat(second).contains("第 2 / 2 页").contains(">zhanghu-x21</a>").doesNotContain(">zhanghu-x01</a>")
                .contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(browser.open(url("/admin/accounts/?state=disabled")).asString()).contains("共 1 个账号")
                .contains(">zhanghu-x21</a>");
        assertThat(browser.open(url("/admin/accounts/?state=enabled&department=zfb&role=contributor")).asString())
                .contains("共 20 个账号").doesNotContain(">zhanghu-x21</a>");
        assertThat(browser.open(url("/admin/accounts/?role=reviewer")).asString()).contains("共 0 个账号");
        assertThat(browser.open(url("/admin/accounts/?department=fgj")).asString()).contains("共 0 个账号");
        String found = browser.open(url("/admin/accounts/?q=%E7%8E%8B%E9%9D%99")).asString();
        assertThat(found).contains("共 1 个账号").contains(">zhanghu-x07</a>").contains("王静")
                .contains("value=\"王静\"");
    }

    private String token;

    private RequestSpecification api() {
        if (token == null) {
            token = KeycloakTokens.fetch("baoji", "portal-cli", WEBMASTER, PASSWORD);
        }
        return given().header("Host", COUNTY + ".localhost").auth().oauth2(token).contentType("application/json");
    }

    /** The county's webmaster, as the city console would create one (but with a known password). */
    private void createWebmaster() {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(WEBMASTER);
        user.setEnabled(true);
        user.setFirstName("账户区网站管理员");
        user.setEmail(WEBMASTER + "@example.invalid");
        user.setEmailVerified(true);
        user.setGroups(List.of("/tenants/" + COUNTY + "/webmaster"));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = keycloak.realm("baoji").users().create(user)) {
            assertThat(created.getStatus()).as("create " + WEBMASTER).isEqualTo(201);
        }
    }

    private String url(String path) {
        return "http://" + COUNTY + ".localhost:" + root.getPort() + path;
    }
}
