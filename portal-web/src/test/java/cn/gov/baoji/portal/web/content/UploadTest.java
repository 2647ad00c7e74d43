package cn.gov.baoji.portal.web.content;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.web.support.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Files are accepted by content, limited in size, stored per county, served with the right headers. */
@QuarkusTest
class UploadTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfIsStoredAndServedAsAnAttachmentOnItsOwnHostOnly() {
        long id = draft();
        String url = upload(id, "2026年工作要点.pdf", PDF).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).extract().jsonPath().getString("url");
        publish(id);

        Response file = anonymous("weibin").get(url);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("application/pdf");
        assertThat(file.header("Content-Disposition")).startsWith("attachment; filename*=UTF-8''");
        assertThat(file.asByteArray()).isEqualTo(PDF);
        anonymous("weibin").get("/articles/" + id).then().body(containsString("2026年工作要点.pdf"));

        // Another county's host never serves it.
        anonymous("taibai").get(url).then().statusCode(404);
    }

    @Test
    void renamedExecutableEmptyAndOversizedFilesAreRefusedAndNothingIsSaved() {
        long id = draft();
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        upload(id, "通知.pdf", exe).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("不支持的文件类型"));
        upload(id, "空文件.pdf", new byte[0]).then().statusCode(400).body("detail", equalTo("文件为空，请重新选择文件。"));
        byte[] big = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        upload(id, "大文件.pdf", big).then().statusCode(413).body("detail", containsString("20 MB"));
        upload(id, "伪装.docx", PDF).then().statusCode(400).body("detail", containsString("不符"));

        as("weibin-contributor", "weibin").get("/api/admin/articles/" + id).then().statusCode(200)
                .body("attachments.size()", equalTo(0));
    }

    @Test
    void attachmentOfAnUnpublishedArticleIsNotPublic() {
        long id = draft();
        String url = upload(id, "内部稿.pdf", PDF).then().statusCode(201).extract().jsonPath().getString("url");
        anonymous("weibin").get(url).then().statusCode(404);
    }

    @Test
    void fileAddedDuringARevisionStaysPrivateUntilRepublished() {
        long id = draft();
        publish(id);
        as("weibin-editor", "weibin").post("/api/admin/articles/" + id + "/revise").then().statusCode(200);
        String url = upload(id, "修订附件.pdf", PDF).then().statusCode(201).extract().jsonPath().getString("url");

        anonymous("weibin").get(url).then().statusCode(404);
        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(200).body("attachments.size()", equalTo(0));

        publish(id);
        anonymous("weibin").get(url).then().statusCode(200);
    }

    private static Response upload(long article, String name, byte[] bytes) {
        return given().header("Host", "weibin.localhost").auth().oauth2(KeycloakTokens.of("weibin-contributor"))
                .contentType("application/octet-stream").queryParam("name", name).body(bytes)
                .post("/api/admin/articles/" + article + "/attachments");
    }

    private static long draft() {
        return as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", "附件测试", "body", "<p>见附件</p>"))
                .post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void publish(long id) {
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
    }
}
