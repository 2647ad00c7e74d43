package cn.gov.baoji.portal.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A contributor and an editor use the back-office pages, as people do in a browser. */
@QuarkusTest
class ArticlePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPort() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
    }

    @Test
    void contributorWritesAndSubmitsEditorPublishes() {
        String title = "我区启动冬季供暖保障工作" + System.nanoTime() % 100000;
        BrowserSession contributor = new BrowserSession();
        Response form = contributor.logIn(contributor.open(url("/admin/articles/new")), "weibin-contributor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.asString()).contains("写稿件").contains("name=\"title\"");

        Map<String, String> fields = new HashMap<>();
        fields.put("csrf-token", BrowserSession.csrfToken(form));
        fields.put("channel", "xwdt");
        fields.put("title", title);
        fields.put("body", "<p>供暖季正式开始。</p><script>alert(1)</script>");
        Response saved = contributor.submit(url("/admin/articles/"), fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains(title).contains("草稿").doesNotContain("<script>alert(1)</script>");
        String articleUrl = contributor.lastUrl();

        Response submitted = contributor.submit(articleUrl + "/action",
                Map.of("csrf-token", BrowserSession.csrfToken(saved), "action", "submit"));
        assertThat(submitted.asString()).contains("待审核");
        // Submitting again from the refreshed page: refused with a Chinese reason, nothing changes.
        Response twice = contributor.submit(articleUrl + "/action",
                Map.of("csrf-token", BrowserSession.csrfToken(submitted), "action", "submit"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.asString()).contains("不能提交");

        BrowserSession editor = new BrowserSession();
        Response queue = editor.logIn(editor.open(url("/admin/articles/review?level=1")), "weibin-editor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(queue.asString()).contains(title);
        Response page = editor.open(articleUrl);
        Response published = editor.submit(articleUrl + "/action",
                Map.of("csrf-token", BrowserSession.csrfToken(page), "action", "publish", "comment", "同意发布"));
        assertThat(published.asString()).contains("已发布");

        Response forged = editor.submit(articleUrl + "/action", Map.of("action", "withdraw", "comment", "伪造"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(new BrowserSession().open(url("/channels/xwdt")).asString()).contains(title);
    }

    @Test
    void webmasterManagesChannelsInTheBackOfficeAndContributorsMayNot() {
        BrowserSession webmaster = new BrowserSession();
        Response page = webmaster.logIn(webmaster.open(url("/admin/site/")), "weibin-webmaster",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("栏目与部门").contains("新闻动态");
        String code = "zt" + System.nanoTime() % 100000;
        Response saved = webmaster.submit(url("/admin/site/channels"), Map.of("csrf-token", BrowserSession.csrfToken(page),
                "code", code, "name", "专题专栏", "sortOrder", "5", "reviewLevels", "2"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.asString()).contains("专题专栏");
        assertThat(new BrowserSession().open(url("/")).asString()).contains("/channels/" + code);

        Response refused = webmaster.submit(url("/admin/site/channels"), Map.of("csrf-token", BrowserSession.csrfToken(saved),
                "code", code, "name", "重复"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("栏目代码已存在");

        BrowserSession contributor = new BrowserSession();
        Response denied = contributor.logIn(contributor.open(url("/admin/site/")), "weibin-contributor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(denied.statusCode()).isEqualTo(403);
    }

    private String url(String path) {
        return "http://weibin.localhost:" + root.getPort() + path;
    }
}
