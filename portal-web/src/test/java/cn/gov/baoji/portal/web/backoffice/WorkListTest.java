package cn.gov.baoji.portal.web.backoffice;

import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
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

/**
 * The back-office home shows each person what waits for them, and the navigation counts it: a
 * returned article with the reviewer's comment for its author, then, once resubmitted, the article in
 * the reviewer's queue. 凤翔区 is used by no other test, so the counts are exact.
 */
@QuarkusTest
class WorkListTest {

    private static final String COUNTY = "fengxiang";
    private static final String COMMENT = "请补充活动的时间和地点，并核对参会单位名称。";

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @BeforeEach
    void allowThisTestPortAsRedirectTarget() {
        RedirectUris.allow(keycloak, root.getPort(), COUNTY);
    }

    @Test
    void returnedArticleWaitsForItsAuthorWithTheCommentThenForTheReviewer() {
        String contributor = COUNTY + "-contributor";
        String editor = COUNTY + "-editor";
        String title = "凤翔区开展冬季安全生产大检查";
        long id = as(contributor, COUNTY).body(Map.of("channel", "tzgg", "title", title, "body",
                "<p>近日，凤翔区组织开展冬季安全生产大检查。</p>")).post("/api/admin/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        BrowserSession author = signedIn(contributor);
        String draftHome = author.open(url("/admin/")).asString();
        assertThat(section(draftHome, "work-drafts")).contains("我的草稿（1）").contains(title);
        assertThat(draftHome).doesNotContain("审核队列");

        as(contributor, COUNTY).post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        BrowserSession reviewer = signedIn(editor);
        String queued = reviewer.open(url("/admin/")).asString();
        assertThat(queued).contains("id=\"nav-review-1\">审核队列（1）</a>");
        assertThat(section(queued, "work-review-1")).contains("第 1 级，1 篇").contains(title);

        as(editor, COUNTY).body(Map.of("comment", COMMENT)).post("/api/admin/articles/" + id + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED"));
        String returnedHome = author.open(url("/admin/")).asString();
        String returned = section(returnedHome, "work-returned");
        assertThat(returned).contains("被退回的稿件（1）").contains("href=\"/admin/articles/" + id + "\">" + title)
                .contains("退回意见（凤翔区审核员）：" + COMMENT);
        assertThat(section(returnedHome, "work-drafts")).contains("我的草稿（0）").doesNotContain(title);
        String emptied = reviewer.open(url("/admin/")).asString();
        assertThat(emptied).contains("id=\"nav-review-1\">审核队列（0）</a>");
        assertThat(section(emptied, "work-review-1")).doesNotContain(title);

        as(contributor, COUNTY).body(Map.of("channel", "tzgg", "title", title, "body",
                "<p>12月1日，凤翔区在城关镇组织开展冬季安全生产大检查。</p>")).put("/api/admin/articles/" + id)
                .then().statusCode(200);
        as(contributor, COUNTY).post("/api/admin/articles/" + id + "/submit").then().statusCode(200);

        String resubmittedHome = author.open(url("/admin/")).asString();
        assertThat(section(resubmittedHome, "work-returned")).contains("被退回的稿件（0）").doesNotContain(title)
                .doesNotContain(COMMENT);
        String requeued = reviewer.open(url("/admin/")).asString();
        assertThat(requeued).contains("id=\"nav-review-1\">审核队列（1）</a>");
        assertThat(section(requeued, "work-review-1")).contains(title);
        // The count is the queue's: the review page lists the same article.
        assertThat(reviewer.open(url("/admin/articles/review?level=1")).asString()).contains(title)
                .contains("id=\"nav-review-1\">审核队列（1）</a>");
    }

    @Test
    void countyEditorSeesScheduledPublications() {
        String contributor = COUNTY + "-contributor";
        String title = "凤翔区元旦假期安排的通知";
        long id = as(contributor, COUNTY).body(Map.of("channel", "tzgg", "title", title, "body",
                "<p>元旦假期安排如下。</p>")).post("/api/admin/articles").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(contributor, COUNTY).post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        String at = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3).withNano(0)
                .withSecond(0).toString();
        as(COUNTY + "-editor", COUNTY).body(Map.of("at", at + ":00+08:00")).post("/api/admin/articles/" + id + "/publish")
                .then().statusCode(200).body("state", equalTo("SCHEDULED"));

        String home = signedIn(COUNTY + "-editor").open(url("/admin/")).asString();
        assertThat(section(home, "work-scheduled")).contains(title).contains(at.replace('T', ' '));
        assertThat(signedIn(contributor).open(url("/admin/")).asString()).doesNotContain("work-scheduled");
    }

    @Test
    void twoLevelsWaitFirstForTheDepartmentReviewerThenForTheCountyEditor() {
        as(COUNTY + "-webmaster", COUNTY).body(Map.of("code", "bmdt", "name", "部门动态", "reviewLevels", 2))
                .post("/api/admin/channels").then().statusCode(201);
        String title = "凤翔区政府办公室召开机关作风建设会议";
        long id = as(COUNTY + "-contributor", COUNTY).body(Map.of("channel", "bmdt", "title", title, "body",
                "<p>会议部署机关作风建设工作。</p>")).post("/api/admin/articles").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        as(COUNTY + "-contributor", COUNTY).post("/api/admin/articles/" + id + "/submit").then().statusCode(200);

        // Only two-level articles of 人民政府办公室 reach the department reviewer, so the count is exact.
        BrowserSession departmentReviewer = signedIn(COUNTY + "-reviewer");
        String first = departmentReviewer.open(url("/admin/")).asString();
        assertThat(first).contains("id=\"nav-review-1\">审核队列（1）</a>").doesNotContain("nav-review-2");
        assertThat(section(first, "work-review-1")).contains(title);
        BrowserSession countyEditor = signedIn(COUNTY + "-editor");
        assertThat(section(countyEditor.open(url("/admin/")).asString(), "work-review-1")).doesNotContain(title);

        as(COUNTY + "-reviewer", COUNTY).body(Map.of("comment", "部门审核通过")).post("/api/admin/articles/" + id
                + "/approve").then().statusCode(200).body("reviewLevel", equalTo(2));
        assertThat(departmentReviewer.open(url("/admin/")).asString())
                .contains("id=\"nav-review-1\">审核队列（0）</a>");
        String second = countyEditor.open(url("/admin/")).asString();
        assertThat(second).contains("id=\"nav-review-2\">二级审核（1）</a>");
        assertThat(section(second, "work-review-2")).contains(title);
        assertThat(countyEditor.open(url("/admin/articles/review?level=2")).asString()).contains(title);
    }

    private BrowserSession signedIn(String user) {
        BrowserSession browser = new BrowserSession();
        assertThat(browser.logIn(browser.open(url("/admin/")), user, KeycloakTokens.DEMO_PASSWORD).statusCode())
                .as(user + " signs in").isEqualTo(200);
        return browser;
    }

    /** One work list of the home page, from its section to the section's end. */
    private static String section(String page, String id) {
        int start = page.indexOf("<section class=\"work-list\" id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private String url(String path) {
        return "http://" + COUNTY + ".localhost:" + root.getPort() + path;
    }
}
