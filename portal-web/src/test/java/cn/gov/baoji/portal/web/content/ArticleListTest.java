package cn.gov.baoji.portal.web.content;

import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

/** The back-office article lists page, sort, filter and search in SQL, through GET parameters, with totals. */
@QuarkusTest
class ArticleListTest {

    private static final Pattern ROW = Pattern.compile("<tr><td><a href=\"/admin/articles/(\\d+)\">([^<]*)</a>");
    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 篇，第 (\\d+) / (\\d+) 页");

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    private BrowserSession webmaster;
    private String marker;
    private long draft;

    @BeforeEach
    void signIn() {
        RedirectUris.allow(keycloak, root.getPort(), "weibin");
        marker = "秦岭生态保护专项检查" + System.nanoTime() % 1_000_000;
        draft = as("weibin-contributor", "weibin").body(Map.of("channel", "xwdt", "title", marker + "（一）",
                "body", "<p>正文</p>")).post("/api/admin/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        webmaster = new BrowserSession();
        webmaster.logIn(webmaster.open(url("/admin/articles/")), "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD);
    }

    @Test
    void pagesShowTheTotalAndFollowEachOther() {
        Response first = webmaster.open(url("/admin/articles/?size=5"));
        assertThat(first.statusCode()).isEqualTo(200);
        Matcher total = TOTAL.matcher(first.asString());
        assertThat(total.find()).isTrue();
        long count = Long.parseLong(total.group(1));
        assertThat(count).isGreaterThan(30);
        assertThat(total.group(3)).isEqualTo(String.valueOf((count + 4) / 5));
        assertThat(ids(first)).hasSize(5);
        assertThat(first.asString()).contains("href=\"/admin/articles/?size=5&amp;page=2\" rel=\"next\"");

        Response second = webmaster.open(url("/admin/articles/?size=5&page=2"));
        assertThat(ids(second)).hasSize(5).doesNotContainAnyElementsOf(ids(first));
        String api = as("weibin-webmaster", "weibin").get("/api/admin/articles?size=5").then().statusCode(200)
                .extract().header("X-Total-Count");
        assertThat(api).isEqualTo(String.valueOf(count));
    }

    @Test
    void searchAndFiltersNarrowTheList() {
        assertThat(titles(open("?q=" + enc(marker)))).containsExactly(marker + "（一）");
        assertThat(totalOf(open("?q=" + enc(marker) + "&state=DRAFT&channel=xwdt&department=zfb"))).isEqualTo(1);
        assertThat(totalOf(open("?q=" + enc(marker) + "&state=PUBLISHED"))).isZero();
        assertThat(totalOf(open("?q=" + enc(marker) + "&channel=tzgg"))).isZero();
        assertThat(totalOf(open("?q=" + enc(marker) + "&department=czj"))).isZero();
        // LIKE wildcards are searched as text.
        assertThat(totalOf(open("?q=%25"))).isZero();
        // The form shows the filters as chosen.
        assertThat(open("?q=" + enc(marker) + "&state=DRAFT").asString()).contains("value=\"" + marker + "\"")
                .contains("<option value=\"DRAFT\" selected>草稿</option>");
    }

    @Test
    void sortByTitleAndState() {
        as("weibin-contributor", "weibin").body(Map.of("channel", "xwdt", "title", marker + "（二）", "body", "<p>正文</p>"))
                .post("/api/admin/articles").then().statusCode(201);
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + draft + "/submit").then().statusCode(200);
        assertThat(titles(open("?q=" + enc(marker) + "&sort=title"))).containsExactly(marker + "（一）", marker + "（二）");
        // State order is by the state's code: DRAFT before PENDING.
        assertThat(titles(open("?q=" + enc(marker) + "&sort=state"))).containsExactly(marker + "（二）", marker + "（一）");
        assertThat(titles(open("?q=" + enc(marker)))).containsExactly(marker + "（一）", marker + "（二）");

        BrowserSession editor = new BrowserSession();
        Response queue = editor.logIn(editor.open(url("/admin/articles/review?level=1&q=" + enc(marker))), "weibin-editor",
                KeycloakTokens.DEMO_PASSWORD);
        assertThat(titles(queue)).containsExactly(marker + "（一）");
        assertThat(queue.asString()).contains("<input type=\"hidden\" name=\"level\" value=\"1\">");
    }

    @Test
    void badParametersAreRefusedInChinese() {
        Response sort = open("?sort=hot");
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.asString()).contains("排序方式只能是");
        Response page = open("?page=abc");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.asString()).contains("页码应为 1 到 10000 之间的整数");
        Response state = open("?state=FOO");
        assertThat(state.statusCode()).isEqualTo(400);
        assertThat(state.asString()).contains("状态“FOO”无效");
        Response size = open("?size=1000");
        assertThat(size.statusCode()).isEqualTo(400);
        assertThat(size.asString()).contains("每页条数应为 1 到 100 之间的整数");
        Response level = webmaster.open(url("/admin/articles/review?level=3"));
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(level.asString()).contains("审核级别只能是 1 或 2");

        as("weibin-webmaster", "weibin").get("/api/admin/articles?sort=hot").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("排序方式只能是"));
    }

    @Test
    void anotherCountyNeverListsThisCountysArticles() {
        String total = as("taibai-webmaster", "taibai").get("/api/admin/articles?q=" + marker).then().statusCode(200)
                .extract().header("X-Total-Count");
        assertThat(total).isEqualTo("0");
        String queue = as("taibai-editor", "taibai").get("/api/admin/articles/review-queue?level=1&q=" + marker).then()
                .statusCode(200).extract().header("X-Total-Count");
        assertThat(queue).isEqualTo("0");
        as("taibai-webmaster", "weibin").get("/api/admin/articles?q=" + marker).then().statusCode(403);
    }

    private Response open(String query) {
        return webmaster.open(url("/admin/articles/" + query));
    }

    private static long totalOf(Response page) {
        Matcher m = TOTAL.matcher(page.asString());
        assertThat(m.find()).as("total on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    private static List<String> ids(Response page) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(page.asString());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static List<String> titles(Response page) {
        assertThat(page.statusCode()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        Matcher m = ROW.matcher(page.asString());
        while (m.find()) {
            titles.add(m.group(2));
        }
        return titles;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String url(String path) {
        return "http://weibin.localhost:" + root.getPort() + path;
    }
}
