package cn.gov.baoji.portal.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The editor's server side: image upload into the article's attachments, the back-office file view, paste cleaning, covers. */
@QuarkusTest
class ArticleEditorEndpointsTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    private BrowserSession contributor;
    private String articleUrl;
    private String token;

    @BeforeEach
    void draft() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        RedirectUris.allow(keycloak, root.getPort(), "taibai");
        contributor = new BrowserSession();
        Response form = contributor.logIn(contributor.open(url("weibin", "/admin/articles/new")), "weibin-contributor",
                KeycloakTokens.DEMO_PASSWORD);
        Response saved = contributor.submit(url("weibin", "/admin/articles/"), Map.of("csrf-token",
                BrowserSession.csrfToken(form), "channel", "xwdt", "title", "渭滨区图片新闻测试稿" + System.nanoTime() % 100000,
                "body", "<p>现场照片如下。</p>"));
        assertThat(saved.statusCode()).isEqualTo(200);
        articleUrl = contributor.lastUrl();
        token = BrowserSession.csrfToken(saved);
    }

    @Test
    void anImageBecomesAnAttachmentAndTheEditorGetsItsPublicAddress() {
        Response uploaded = contributor.upload(articleUrl + "/images", "xianchang-2026.png",
                TestImages.png(64, 48, Color.ORANGE), "image/png", Map.of("csrf-token", token));
        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(uploaded.jsonPath().getInt("errno")).isEqualTo(0);
        String publicUrl = uploaded.jsonPath().getString("data.url");
        long attachment = uploaded.jsonPath().getLong("data.id");
        assertThat(publicUrl).isEqualTo("/attachments/" + attachment + "/xianchang-2026.png");
        assertThat(uploaded.jsonPath().getString("data.alt")).isEqualTo("xianchang-2026");

        // Multipart file names are sent in ASCII here: RestAssured does not encode others (browsers do).
        // The writer sees it at the back office's address while the public one stays closed until publication.
        Response own = contributor.open(articleUrl + "/files/" + attachment + "/x.png");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.contentType()).isEqualTo("image/png");
        assertThat(new BrowserSession().open(url("weibin", publicUrl)).statusCode()).isEqualTo(404);
        Response page = contributor.open(articleUrl);
        assertThat(page.asString()).contains("<option value=\"" + attachment + "\" >xianchang-2026.png</option>");
    }

    @Test
    void uploadRefusesWhatIsNoImageTooLargeOrUnsigned() {
        Response pdf = contributor.upload(articleUrl + "/images", "通知.pdf", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1),
                "application/pdf", Map.of("csrf-token", token));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(pdf.jsonPath().getInt("errno")).isEqualTo(1);
        assertThat(pdf.jsonPath().getString("message")).contains("只能插入图片");

        byte[] png = TestImages.png(8, 8, Color.RED);
        byte[] huge = Arrays.copyOf(png, 20 * 1024 * 1024 + 1);
        Response large = contributor.upload(articleUrl + "/images", "big.png", huge, "image/png", Map.of("csrf-token", token));
        assertThat(large.statusCode()).isEqualTo(413);

        Response unsigned = contributor.upload(articleUrl + "/images", "a.png", png, "image/png", Map.of());
        assertThat(unsigned.statusCode()).isEqualTo(400);
        assertThat(contributor.open(articleUrl).asString()).doesNotContain("a.png");
    }

    @Test
    void anotherCountysStaffCannotUploadOrRead() {
        BrowserSession taibai = new BrowserSession();
        Response own = taibai.logIn(taibai.open(url("taibai", "/admin/articles/new")), "taibai-contributor",
                KeycloakTokens.DEMO_PASSWORD);
        String tok = BrowserSession.csrfToken(own);
        String path = articleUrl.substring(articleUrl.indexOf("/admin/"));
        // On weibin's host the single sign-on makes them known, and the county rule refuses them.
        assertThat(taibai.open(url("weibin", path)).statusCode()).isEqualTo(403);
        assertThat(taibai.open(url("weibin", path + "/files/1/a.png")).statusCode()).isEqualTo(403);
        taibai.setCookie("weibin.localhost", "csrf-token", tok);
        Response upload = taibai.upload(url("weibin", path + "/images"), "a.png", TestImages.png(8, 8, Color.RED),
                "image/png", Map.of("csrf-token", tok));
        assertThat(upload.statusCode()).isEqualTo(403);
        Response paste = taibai.post(url("weibin", "/admin/articles/paste"), Map.of("csrf-token", tok, "html", "<p>x</p>"));
        assertThat(paste.statusCode()).isEqualTo(403);
        assertThat(contributor.open(articleUrl).asString()).doesNotContain("a.png");
    }

    @Test
    void pastedWordIsCleanedByTheServer() throws Exception {
        String word = Files.readString(Path.of("..", "platform-core", "src", "test", "resources", "paste", "word2016-tongzhi.html"));
        // BrowserSession sends form values as given: encoded here as a browser encodes a form.
        String encoded = URLEncoder.encode(word, StandardCharsets.UTF_8);
        Response cleaned = contributor.post(url("weibin", "/admin/articles/paste"), Map.of("csrf-token", token, "html", encoded));
        assertThat(cleaned.statusCode()).isEqualTo(200);
        assertThat(cleaned.asString()).contains("<h2>一、工作目标</h2><ol><li>").doesNotContain("mso-", "o:p", "<span");
        Response unsigned = contributor.post(url("weibin", "/admin/articles/paste"), Map.of("html", encoded));
        assertThat(unsigned.statusCode()).isEqualTo(400);
    }

    @Test
    void theCoverMustBeAnImageOfThisArticle() {
        long pdf = contributor.upload(articleUrl + "/attachments", "通知.pdf",
                "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1), "application/pdf", Map.of("csrf-token", token))
                .statusCode();
        assertThat(pdf).isEqualTo(303);
        Response page = contributor.open(articleUrl);
        String pdfId = between(page.asString(), "data-url=\"/attachments/", "/");
        Response image = contributor.upload(articleUrl + "/images", "cover.png", TestImages.png(64, 48, Color.BLUE), "image/png",
                Map.of("csrf-token", token));
        long imageId = image.jsonPath().getLong("data.id");

        Response nonImage = contributor.submit(articleUrl, form(Map.of("coverAttachmentId", pdfId)));
        assertThat(nonImage.statusCode()).isEqualTo(400);
        assertThat(nonImage.asString()).contains("封面须为本稿件已上传的图片");

        // Another article's image: a second draft of the same contributor.
        Response other = contributor.submit(url("weibin", "/admin/articles/"), Map.of("csrf-token", token, "channel", "xwdt",
                "title", "另一篇稿件", "body", "<p>正文</p>"));
        String otherUrl = contributor.lastUrl();
        long otherImage = contributor.upload(otherUrl + "/images", "other.png", TestImages.png(8, 8, Color.GREEN), "image/png",
                Map.of("csrf-token", BrowserSession.csrfToken(other))).jsonPath().getLong("data.id");
        Response foreign = contributor.submit(articleUrl, form(Map.of("coverAttachmentId", String.valueOf(otherImage))));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.asString()).contains("封面须为本稿件已上传的图片");

        Response chosen = contributor.submit(articleUrl, form(Map.of("coverAttachmentId", String.valueOf(imageId))));
        assertThat(chosen.statusCode()).isEqualTo(200);
        assertThat(chosen.asString()).contains("<option value=\"" + imageId + "\" selected>cover.png</option>");
        Response removed = contributor.submit(articleUrl, form(Map.of("coverAttachmentId", "")));
        assertThat(removed.asString()).contains("<option value=\"" + imageId + "\" >cover.png</option>");
    }

    private Map<String, String> form(Map<String, String> extra) {
        Map<String, String> fields = new HashMap<>(Map.of("csrf-token", token, "channel", "xwdt", "title", "渭滨区图片新闻测试稿",
                "body", "<p>现场照片如下。</p>"));
        fields.putAll(extra);
        return fields;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private String url(String county, String path) {
        return "http://" + county + ".localhost:" + root.getPort() + path;
    }
}
