package cn.gov.baoji.portal.web.service;

import static cn.gov.baoji.portal.web.service.ServiceCatalogues.completeGuide;
import static cn.gov.baoji.portal.web.service.ServiceCatalogues.item;
import static cn.gov.baoji.portal.web.service.ServiceCatalogues.newCode;
import static cn.gov.baoji.portal.web.service.ServiceCatalogues.releaseWith;
import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * County guides in the back office: complete before published (refusals name what is missing), the
 * incomplete list, forms by content, one county's guides out of another's reach, a department's
 * reviewer kept to their department.
 */
@QuarkusTest
class ServiceGuideAdminTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    /** A new item only taibai offers, so nothing else has a guide of it yet. */
    private static String taibaiItem(String name) {
        String code = newCode();
        releaseWith(item(code, name, List.of("taibai")));
        return code;
    }

    private static RequestSpecification taibai(String user) {
        return as(user, "taibai");
    }

    @Test
    void aGuideIsPublishedOnlyWhenCompleteAndTheRefusalNamesWhatIsMissing() {
        String code = taibaiItem("林木采伐许可");
        taibai("taibai-editor").get("/api/admin/services/" + code).then().statusCode(200)
                .body("state", equalTo("NONE")).body("name", equalTo("林木采伐许可"))
                .body("missing.size()", equalTo(9));
        Map<String, Object> partial = new HashMap<>(Map.of("conditions", "持有林权证", "phone", "0917-4621234"));
        int version = taibai("taibai-editor").body(partial).put("/api/admin/services/" + code).then().statusCode(200)
                .body("state", equalTo("DRAFT")).extract().jsonPath().getInt("version");
        taibai("taibai-editor").queryParam("version", version).post("/api/admin/services/" + code + "/publish").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("办事指南缺少以下要素，不能发布：办理材料、办理地点、办理时间、办理流程、收费标准、承诺时限、责任部门。"));
        assertThat(taibai("taibai-editor").queryParam("incomplete", "true").get("/api/admin/services").then()
                .statusCode(200).extract().jsonPath().getList("code", String.class)).contains(code);
        anonymous("taibai").get("/api/v1/services/" + code).then().statusCode(404);

        // The back office lists it as incomplete, on its list and on the home page's work list.
        BrowserSession editor = signedIn("taibai-editor");
        Response home = editor.open(url("/admin/"));
        assertThat(home.asString()).contains("待完善的办事指南（").contains("/admin/services/?show=incomplete");
        Response list = editor.open(url("/admin/services/?show=incomplete"));
        assertThat(list.asString()).contains("林木采伐许可").contains("办理材料、办理地点");
        // Publishing from the page is refused the same way, on the guide's page with the reason.
        Response refused = editor.post(url("/admin/services/" + code + "/publish"),
                Map.of("csrf-token", BrowserSession.csrfToken(list), "version", Integer.toString(version)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("办事指南缺少以下要素，不能发布：办理材料");

        int complete = taibai("taibai-editor").queryParam("version", version).body(completeGuide("nyj"))
                .put("/api/admin/services/" + code).then().statusCode(200).body("missing.size()", equalTo(0))
                .extract().jsonPath().getInt("version");
        // Someone who saw the older version cannot overwrite it unseen.
        taibai("taibai-webmaster").queryParam("version", version).body(completeGuide("nyj"))
                .put("/api/admin/services/" + code).then().statusCode(409);
        taibai("taibai-editor").queryParam("version", complete).post("/api/admin/services/" + code + "/publish").then()
                .statusCode(200).body("state", equalTo("PUBLISHED"));
        assertThat(taibai("taibai-editor").queryParam("incomplete", "true").get("/api/admin/services").then()
                .extract().jsonPath().getList("code", String.class)).doesNotContain(code);
        anonymous("taibai").get("/api/v1/services/" + code).then().statusCode(200).body("name", equalTo("林木采伐许可"))
                .body("basis", equalTo("《中华人民共和国森林法》第五十六条")).body("department", containsString("农业农村局"));
    }

    @Test
    void theCountyCannotChangeTheCityFieldsOfAnItem() {
        String code = taibaiItem("林木采伐许可证延续");
        Map<String, Object> body = new HashMap<>(completeGuide("nyj"));
        body.put("name", "县里改的名称");
        body.put("kind", "OTHER");
        body.put("legalBasis", "县里改的依据");
        taibai("taibai-webmaster").body(body).put("/api/admin/services/" + code).then().statusCode(200)
                .body("name", equalTo("林木采伐许可证延续")).body("kindLabel", equalTo("行政许可"))
                .body("legalBasis", equalTo("《中华人民共和国森林法》第五十六条"));
        // The city's console API is not reachable from a county's host, nor for a county's account.
        taibai("taibai-webmaster").body(Map.of("note", "县里发布", "events", List.of(), "items", List.of()))
                .post("/api/console/services/releases").then().statusCode(404);
        io.restassured.RestAssured.given().header("Host", "console.localhost")
                .auth().oauth2(KeycloakTokens.of("taibai-webmaster")).contentType("application/json")
                .body(Map.of("note", "县里发布", "events", List.of(), "items", List.of()))
                .post("/api/console/services/releases").then().statusCode(403);
    }

    @Test
    void oneCountysGuidesAndFormsAreOutOfAnotherCountysReach() {
        String code = taibaiItem("古树名木迁移审批");
        taibai("taibai-webmaster").body(completeGuide("nyj")).put("/api/admin/services/" + code).then().statusCode(200);
        taibai("taibai-webmaster").post("/api/admin/services/" + code + "/publish").then().statusCode(200);
        long form = taibai("taibai-webmaster").contentType("application/pdf").queryParam("name", "迁移申请表.pdf")
                .body(PDF).post("/api/admin/services/" + code + "/forms").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        anonymous("taibai").get("/services/" + code + "/forms/" + form).then().statusCode(200);

        // weibin does not offer it: its host knows neither the guide nor the form, on pages, API or back office.
        anonymous("weibin").get("/services/" + code).then().statusCode(404);
        anonymous("weibin").get("/api/v1/services/" + code).then().statusCode(404).contentType("application/problem+json");
        anonymous("weibin").get("/services/" + code + "/forms/" + form).then().statusCode(404);
        as("weibin-webmaster", "weibin").get("/api/admin/services/" + code).then().statusCode(404);
        // weibin's webmaster on taibai's host is no one there.
        as("weibin-webmaster", "taibai").get("/api/admin/services/" + code).then().statusCode(403);
        as("weibin-webmaster", "taibai").body(completeGuide("nyj")).put("/api/admin/services/" + code).then()
                .statusCode(403);
        as("weibin-webmaster", "taibai").delete("/api/admin/services/" + code + "/forms/" + form).then().statusCode(403);

        // An item both offer: each county's guide is its own.
        Map<String, Object> own = new HashMap<>(completeGuide("mzj"));
        own.put("place", "太白县民政局婚姻登记处（咀头镇）");
        taibai("taibai-webmaster").body(own).put("/api/admin/services/BJ-QR-0202").then().statusCode(200);
        anonymous("taibai").get("/api/v1/services/BJ-QR-0202").then().body("place", equalTo("太白县民政局婚姻登记处（咀头镇）"));
        anonymous("weibin").get("/api/v1/services/BJ-QR-0202").then().statusCode(200)
                .body("place", equalTo("渭滨区政务服务中心一楼综合受理区"));
    }

    @Test
    void aDepartmentsReviewerKeepsToTheirDepartmentsGuides() {
        String theirs = taibaiItem("村级公益事业一事一议奖补");
        String others = taibaiItem("农机购置补贴");
        taibai("taibai-webmaster").body(completeGuide("nyj")).put("/api/admin/services/" + others).then()
                .statusCode(200);
        // taibai-reviewer reviews for 县政府办公室 (zfb): another department's guide is read-only to them.
        taibai("taibai-reviewer").get("/api/admin/services/" + others).then().statusCode(200);
        taibai("taibai-reviewer").body(completeGuide("nyj")).put("/api/admin/services/" + others).then()
                .statusCode(403).body("detail", equalTo("您只能维护本部门负责事项的办事指南。"));
        // A guide they start is their department's, whatever they send.
        taibai("taibai-reviewer").body(completeGuide("nyj")).put("/api/admin/services/" + theirs).then()
                .statusCode(200).body("department", equalTo("zfb"));
        taibai("taibai-contributor").get("/api/admin/services/" + theirs).then().statusCode(403);
    }

    @Test
    void formsAreAcceptedByContentAndRefusalsStoreNothing() throws IOException {
        String code = taibaiItem("林木种子生产经营许可");
        String path = "/api/admin/services/" + code + "/forms";
        upload(path, "申请表.pdf", "application/pdf", PDF, "BLANK").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("kindLabel", equalTo("空白表格"));
        upload(path, "申请表（样表）.docx", "application/octet-stream", docx(), "SAMPLE").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body("kindLabel", equalTo("示例样表"));
        upload(path, "种苗清单.xlsx", "application/octet-stream", zip("xl/workbook.xml"), "BLANK").then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(path, "申请表.pdf", "application/pdf", exe, "BLANK").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("不支持的文件类型"));
        upload(path, "申请表.docx", "application/octet-stream", zip("notes.txt"), "BLANK").then().statusCode(400)
                .body("detail", containsString("不是有效的Word文档"));
        upload(path, "照片.png", "image/png", cn.gov.baoji.portal.web.support.TestImages.png(20, 20, java.awt.Color.RED),
                "BLANK").then().statusCode(400).body("detail", containsString("只能上传 PDF、Word"));
        upload(path, "申请表.pdf", "application/pdf", PDF, "OTHER").then().statusCode(400)
                .body("detail", containsString("空白表格"));
        upload(path, "大表格.pdf", "application/pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1), "BLANK").then()
                .statusCode(413).body("detail", containsString("20 MB"));
        assertThat(taibai("taibai-editor").get("/api/admin/services/" + code).then().extract().jsonPath()
                .getList("forms.fileName", String.class)).containsExactly("申请表.pdf", "种苗清单.xlsx", "申请表（样表）.docx");

        // The page's form: a refused file shows the reason on the guide's page; a good one is listed.
        BrowserSession editor = signedIn("taibai-editor");
        String token = BrowserSession.csrfToken(editor.open(url("/admin/services/" + code)));
        Response bad = pageUpload(editor, code, "照片.docx", PDF, Map.of("csrf-token", token, "kind", "BLANK", "title", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.asString()).contains("文件内容与扩展名“.docx”不符");
        Response good = pageUpload(editor, code, "承诺书.pdf", PDF,
                Map.of("csrf-token", token, "kind", "BLANK", "title", "告知承诺书"));
        assertThat(good.statusCode()).isEqualTo(303);
        Response page = editor.open(url("/admin/services/" + code));
        assertThat(page.asString()).contains("告知承诺书").contains("承诺书.pdf");

        long id = taibai("taibai-editor").get("/api/admin/services/" + code).then().extract().jsonPath()
                .getLong("forms.find { it.title == '告知承诺书' }.id");
        taibai("taibai-editor").delete(path + "/" + id).then().statusCode(204);
        taibai("taibai-editor").delete(path + "/" + id).then().statusCode(404);
    }

    /**
     * The page's upload form as Chromium posts it: a multipart body with every part, the file name
     * included, in UTF-8 bytes, in the signed-in session.
     */
    private Response pageUpload(BrowserSession browser, String code, String fileName, byte[] bytes,
            Map<String, String> fields) throws IOException {
        String boundary = "----PortalTestBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return io.restassured.RestAssured.given().redirects().follow(false)
                .header("Host", "taibai.localhost:" + root.getPort()).cookies(browser.cookies("taibai.localhost"))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post("http://127.0.0.1:" + root.getPort() + "/admin/services/" + code + "/forms");
    }

    private Response upload(String path, String name, String type, byte[] bytes, String kind) {
        return taibai("taibai-editor").contentType(type).queryParam("name", name).queryParam("kind", kind).body(bytes)
                .post(path);
    }

    static byte[] docx() {
        return zip("word/document.xml");
    }

    static byte[] zip(String part) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private String url(String path) {
        return "http://taibai.localhost:" + root.getPort() + path;
    }

    private BrowserSession signedIn(String user) {
        RedirectUris.allow(keycloak, root.getPort(), "taibai");
        BrowserSession browser = new BrowserSession();
        assertThat(browser.logIn(browser.open(url("/admin/")), user, KeycloakTokens.DEMO_PASSWORD).statusCode())
                .isEqualTo(200);
        return browser;
    }
}
