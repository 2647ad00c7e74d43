package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM_NAME;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.application;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.file;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.phone;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.values;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The back office of online applications in 渭滨区 with its real accounts: the handling department
 * (信息员 of 县政府办, zfb) sees and handles its applications, the webmaster sees all and edits the
 * forms, a county-wide editor and other counties see none; the pages carry the steps, the files and
 * the work counts.
 */
@QuarkusTest
class ApplicationBackOfficeTest {

    private static final String COUNTY = "weibin";
    private static final String HOST = COUNTY + ".localhost";
    private static boolean prepared;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantScope scope;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceGuides guides;

    @Inject
    ApplicationForms forms;

    @BeforeEach
    void prepare() {
        if (!prepared) {
            ApplicationFixtures.openItems(catalogue, guides, scope, COUNTY);
            scope.call(TenantCode.of(COUNTY), () -> forms.save(webmaster(COUNTY), ITEM, ApplicationFixtures.form()));
            RedirectUris.allow(keycloak, root.getPort(), COUNTY);
            prepared = true;
        }
    }

    @Test
    void theHandlingDepartmentHandlesAndOthersDoNotSee() {
        String phone = phone();
        String number = apply(phone);

        // 信息员 of zfb: the queue and the application with the applicant's data.
        long id = as("weibin-contributor").get("/api/admin/applications?open=true&size=100").then().statusCode(200)
                .body("items.trackingNumber", hasItem(number)).extract().jsonPath()
                .getLong("items.find { it.trackingNumber == '" + number + "' }.id");
        as("weibin-contributor").get("/api/admin/applications/" + id).then().statusCode(200).body("phone", equalTo(phone))
                .body("applicant", equalTo("宝鸡秦川智造有限公司")).body("values[4].value", equalTo(ApplicationFixtures.idNumber()));
        as("weibin-contributor").body(Map.of("comment", "予以受理")).post("/api/admin/applications/" + id + "/accept").then()
                .statusCode(200).body("state", equalTo("accepted")).body("events[1].actorName", not(equalTo("")));
        as("weibin-contributor").body(Map.of("comment", "")).post("/api/admin/applications/" + id + "/refuse").then()
                .statusCode(400).contentType("application/problem+json").body("detail", equalTo("不予办理的理由不能为空"));
        as("weibin-contributor").body(Map.of()).post("/api/admin/applications/" + id + "/accept").then().statusCode(409);

        // The webmaster sees it too; a county-wide editor and the city's other counties do not.
        as("weibin-webmaster").get("/api/admin/applications/" + id).then().statusCode(200);
        as("weibin-editor").get("/api/admin/applications").then().statusCode(403);
        as("weibin-editor").get("/api/admin/applications/" + id).then().statusCode(403);
        given().header("Host", HOST).auth().oauth2(KeycloakTokens.of("taibai-webmaster"))
                .get("/api/admin/applications/" + id).then().statusCode(403);
        given().header("Host", "taibai.localhost").auth().oauth2(KeycloakTokens.of("taibai-webmaster"))
                .get("/api/admin/applications/" + id).then().statusCode(404);
        given().header("Host", "taibai.localhost").auth().oauth2(KeycloakTokens.of("taibai-webmaster"))
                .get("/api/admin/applications").then().statusCode(200).body("items.trackingNumber", not(hasItem(number)));

        // Through the pages: the queue, the detail with its file, the material request, the work counts.
        BrowserSession browser = new BrowserSession();
        Response home = browser.logIn(browser.open(url("/admin/")), "weibin-contributor", KeycloakTokens.DEMO_PASSWORD);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.asString()).contains("id=\"nav-applications\"", "在线申报（未办结");
        assertThat(browser.open(url("/admin/applications/")).asString()).contains(number, ITEM_NAME, "剩余");
        Response detail = browser.open(url("/admin/applications/" + id));
        assertThat(detail.asString()).contains("办理中", phone, "技改项目备案申请表.pdf", "要求补正材料（暂停计时）",
                "准予办理（办结）");
        String fileLink = detail.asString().replaceAll("(?s).*href=\"(/admin/applications/" + id + "/files/[^\"]+)\".*", "$1");
        Response download = browser.open(url(fileLink));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(ApplicationFixtures.PDF);
        Response stepped = browser.post(url("/admin/applications/" + id + "/action"), Map.of("csrf-token",
                BrowserSession.csrfToken(detail), "action", "request", "comment", "请补充营业执照副本"));
        assertThat(stepped.statusCode()).isEqualTo(303);
        assertThat(browser.open(url("/admin/applications/" + id)).asString()).contains("待补正材料", "请补充营业执照副本",
                "时限暂停中");
        assertThat(browser.open(url("/admin/applications/stats")).asString()).contains("服务效能统计", ITEM_NAME);
        // The form editor is the webmaster's.
        assertThat(browser.open(url("/admin/applications/forms")).statusCode()).isEqualTo(403);
        assertThat(browser.open(url("/admin/applications/999999")).statusCode()).isEqualTo(404);
    }

    @Test
    void theWebmasterEditsAFormWithoutADeveloper() {
        BrowserSession browser = new BrowserSession();
        browser.logIn(browser.open(url("/admin/")), "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD);
        assertThat(browser.open(url("/admin/applications/forms")).asString()).contains(ITEM_NAME, "已开通");
        Response editor = browser.open(url("/admin/applications/forms/BJ-GG-1101"));
        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.asString()).contains("申报表单：老年人优待乘车卡办理", "新增填写项（填写名称即添加）");

        // A new field and a new file through the blank rows, as the page posts them.
        Map<String, Object> form = new HashMap<>();
        form.put("csrf-token", BrowserSession.csrfToken(editor));
        form.put("key", "");
        form.put("label", "户籍所在社区");
        form.put("kind", "text");
        form.put("maxLength", "30");
        form.put("choices", "");
        form.put("hint", "");
        form.put("required", "0");
        form.put("fileKey", "");
        form.put("fileName", "本人近期免冠照片");
        form.put("fileRequired", "0");
        form.put("fileType", "0:image");
        Response saved = post(browser, "/admin/applications/forms/BJ-GG-1101", form);
        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        String page = browser.open(url("/admin/applications/forms/BJ-GG-1101?saved=1")).asString();
        assertThat(page).contains("表单已保存（第 1 版）", "value=\"户籍所在社区\"", "value=\"本人近期免冠照片\"");

        // A choice field without options is refused with the reason, and what was typed stays.
        form.put("csrf-token", BrowserSession.csrfToken(browser.open(url("/admin/applications/forms/BJ-GG-1101"))));
        form.put("key", java.util.List.of("f1", ""));
        form.put("label", java.util.List.of("户籍所在社区", "优待类别"));
        form.put("kind", java.util.List.of("text", "choice"));
        form.put("maxLength", java.util.List.of("30", ""));
        form.put("choices", java.util.List.of("", "只有一个选项"));
        form.put("hint", java.util.List.of("", ""));
        form.put("fileKey", "a2");
        Response refused = post(browser, "/admin/applications/forms/BJ-GG-1101", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("第 2 个填写项（优待类别）应有 2 至 20 个选项（每行一个）", "value=\"优待类别\"");
    }

    private Response post(BrowserSession browser, String path, Map<String, Object> form) {
        var request = given().redirects().follow(false).cookies(browser.cookies(HOST)).header("Host", HOST + ":" + root.getPort())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        form.forEach((k, v) -> {
            if (v instanceof java.util.List<?> values) {
                request.formParam(k, values.toArray());
            } else {
                request.formParam(k, v);
            }
        });
        return request.post("http://127.0.0.1:" + root.getPort() + path);
    }

    private String apply(String phone) {
        return application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone, values(), Altcha.solve(HOST))
                .multiPart(file("a7", "技改项目备案申请表.pdf", ApplicationFixtures.PDF, "application/pdf"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber");
    }

    private String url(String path) {
        return "http://" + HOST + ":" + root.getPort() + path;
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().header("Host", HOST).auth().oauth2(KeycloakTokens.of(user)).contentType("application/json");
    }
}
