package cn.gov.baoji.portal.web.content;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.content.ArticleInput;
import cn.gov.baoji.portal.core.content.ArticleService;
import cn.gov.baoji.portal.core.content.ContentJobs;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Submission, review at one or two levels, publication, scheduling, withdrawal and revision. */
@QuarkusTest
class PublishingWorkflowTest {

    @Inject
    ContentJobs jobs;

    @Inject
    TenantScope scope;

    @Inject
    ArticleService articles;

    @Inject
    TestClock clock;

    @Test
    void oneLevelWithReturnAndResubmit() {
        String title = "关于开展冬季安全检查的通知" + suffix();
        long id = draft("weibin-contributor", "tzgg", title);

        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200)
                .body("state", equalTo("PENDING")).body("reviewLevel", equalTo(1));
        // Double submit: refused, nothing changes.
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(409)
                .contentType("application/problem+json");
        // Not public before publication.
        anonymous("weibin").get("/articles/" + id).then().statusCode(404);

        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/return").then().statusCode(400)
                .body("field", equalTo("comment"));
        as("weibin-editor", "weibin").body(Map.of("comment", "请补充检查时间和联系人")).post("/api/admin/articles/" + id + "/return")
                .then().statusCode(200).body("state", equalTo("RETURNED"));

        as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", title, "body",
                "<p>检查时间：12月1日至15日。联系人：区应急管理局。</p>")).put("/api/admin/articles/" + id)
                .then().statusCode(200);
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of("comment", "同意")).post("/api/admin/articles/" + id + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED"));
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish")
                .then().statusCode(200).body("state", equalTo("PUBLISHED"));

        anonymous("weibin").get("/articles/" + id).then().statusCode(200)
                .body(containsString(title)).body(containsString("联系人：区应急管理局"));
        anonymous("weibin").get("/channels/tzgg").then().body(containsString(title));

        JsonPath history = as("weibin-editor", "weibin").get("/api/admin/articles/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("history.action")).containsExactly("CREATE", "SUBMIT", "RETURN", "SUBMIT", "APPROVE",
                "PUBLISH");
        assertThat(history.getList("history.actor")).containsExactly("渭滨区信息员", "渭滨区信息员", "渭滨区审核员",
                "渭滨区信息员", "渭滨区审核员", "渭滨区审核员");
        assertThat(history.getString("history[2].comment")).isEqualTo("请补充检查时间和联系人");
    }

    @Test
    void twoLevelsNeedTheDepartmentReviewerThenTheCountyEditor() {
        String channel = "bmdt-" + suffix();
        as("weibin-webmaster", "weibin").body(Map.of("code", channel, "name", "部门动态", "reviewLevels", 2))
                .post("/api/admin/channels").then().statusCode(201).body("reviewLevels", equalTo(2));
        long id = draft("weibin-contributor", channel, "区政府办公室召开机关作风建设会议" + suffix());
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);

        // Level 1 belongs to the department's reviewer, not to the county editor.
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/approve").then().statusCode(403);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(409);
        assertThat(queue("weibin-reviewer", 1)).contains(id);
        assertThat(queue("weibin-editor", 1)).doesNotContain(id);
        as("weibin-reviewer", "weibin").body(Map.of("comment", "部门审核通过")).post("/api/admin/articles/" + id + "/approve")
                .then().statusCode(200).body("state", equalTo("PENDING")).body("reviewLevel", equalTo(2));

        // Level 2 belongs to the county editor, who may approve and publish in one step.
        as("weibin-reviewer", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/approve").then().statusCode(403);
        assertThat(queue("weibin-editor", 2)).contains(id);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200)
                .body("state", equalTo("PUBLISHED"));

        List<Integer> levels = as("weibin-editor", "weibin").get("/api/admin/articles/" + id).then().extract().jsonPath()
                .getList("history.reviewLevel");
        assertThat(levels).containsExactly(null, 1, 1, 2);
    }

    @Test
    void scheduledPublicationGoesLiveWhenDue() {
        long id = approvedArticle("定时发布的通知" + suffix());
        String at = OffsetDateTime.now().plusMinutes(10).toString();
        as("weibin-editor", "weibin").body(Map.of("at", at)).post("/api/admin/articles/" + id + "/publish")
                .then().statusCode(200).body("state", equalTo("SCHEDULED"));
        jobs.publishDue();
        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(404);

        // Eleven minutes later, as far as publication can tell.
        clock.advance(Duration.ofMinutes(11));
        try {
            jobs.publishDue();
        } finally {
            clock.reset();
        }

        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(200);
        List<String> actions = as("weibin-editor", "weibin").get("/api/admin/articles/" + id).then().extract().jsonPath()
                .getList("history.action");
        assertThat(actions).endsWith("SCHEDULE", "PUBLISH");
    }

    @Test
    void withdrawalHidesAndRevisionKeepsThePublicVersionUntilRepublished() {
        String first = "征求意见稿" + suffix();
        long id = approvedArticle(first);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);

        // Revision: the public keeps seeing revision 1 while revision 2 is under review.
        as("weibin-editor", "weibin").post("/api/admin/articles/" + id + "/revise").then().statusCode(200)
                .body("state", equalTo("DRAFT"));
        String second = "征求意见稿（修订）" + suffix();
        as("weibin-contributor", "weibin").body(Map.of("channel", "tzgg", "title", second, "body", "<p>修订后的正文</p>"))
                .put("/api/admin/articles/" + id).then().statusCode(200);
        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo(first));
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(200).body("title", equalTo(second))
                .body("revision", equalTo(2));

        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/withdraw").then().statusCode(400);
        as("weibin-editor", "weibin").body(Map.of("comment", "内容已过时")).post("/api/admin/articles/" + id + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"));
        anonymous("weibin").get("/articles/" + id).then().statusCode(404).body(containsString("文章不存在或已撤回"));
        anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(404);

        List<String> actions = as("weibin-editor", "weibin").get("/api/admin/articles/" + id).then().extract().jsonPath()
                .getList("history.action");
        assertThat(actions).containsSequence("PUBLISH", "REVISE", "SUBMIT", "PUBLISH", "WITHDRAW");
    }

    @Test
    void contributorTouchesOnlyTheirOwnDepartmentsArticles() {
        long id = draft("weibin-contributor", "tzgg", "本部门稿件" + suffix());
        Actor otherDepartment = new Actor("x", "财政局信息员",
                AccessBindings.fromClaims(List.of("/tenants/weibin/contributor"), List.of("weibin:czj")));
        ArticleInput edit = new ArticleInput("tzgg", "czj", "篡改", null, "<p>篡改</p>", null, null, null, null, null, null,
                null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.run(TenantCode.of("weibin"),
                () -> articles.update(otherDepartment, id, edit, null))).isInstanceOf(AccessDeniedException.class);
        as("weibin-contributor", "weibin").get("/api/admin/articles/" + id).then().statusCode(200)
                .body("title", containsString("本部门稿件"));
    }

    @Test
    void publishedDisclosureItemGetsIndexNumberAndMetadata() {
        String title = "关于印发《渭滨区政务公开工作要点》的通知" + suffix();
        long id = as("weibin-contributor", "weibin").body(Map.of("channel", "xxgk", "title", title, "body", "<p>全文见附件。</p>",
                "disclosure", true, "documentNumber", "渭政办发〔2026〕9号", "documentDate", "2026-03-02", "topic", "zhzw",
                "catalogueNode", "qtwj")).post("/api/admin/articles").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);

        JsonPath item = anonymous("weibin").get("/api/v1/articles/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(item.getString("indexNumber")).matches("610302ZFB/\\d{4}-\\d{5}");
        assertThat(item.getString("publisherOrg")).isEqualTo("渭滨区人民政府办公室");
        assertThat(item.getString("topic")).isEqualTo("综合政务");
        assertThat(item.getString("catalogueNode")).isEqualTo("其他文件");
        anonymous("weibin").get("/api/v1/disclosure/items?node=zcwj&size=100").then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem(title));
        anonymous("weibin").get("/disclosure?department=zfb").then().statusCode(200).body(containsString(title));
        anonymous("weibin").get("/articles/" + id).then().body(containsString("索引号"))
                .body(containsString("渭政办发〔2026〕9号"));
    }

    @Test
    void nobodyReviewsTheirOwnArticleOrPassesBothLevels() {
        long own = as("weibin-editor", "weibin").body(Map.of("channel", "tzgg", "department", "zfb", "title",
                "审核员自己写的通知" + suffix(), "body", "<p>正文</p>")).post("/api/admin/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("weibin-editor", "weibin").post("/api/admin/articles/" + own + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + own + "/publish").then().statusCode(403)
                .body("detail", equalTo("不能审核自己撰写的稿件。"));
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + own + "/approve").then().statusCode(403);

        String channel = "lj-" + suffix();
        as("weibin-webmaster", "weibin").body(Map.of("code", channel, "name", "两级栏目", "reviewLevels", 2))
                .post("/api/admin/channels").then().statusCode(201);
        long id = draft("weibin-contributor", channel, "需要两级审核的稿件" + suffix());
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-webmaster", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/approve").then().statusCode(200)
                .body("reviewLevel", equalTo(2));
        as("weibin-webmaster", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(403)
                .body("detail", equalTo("同一稿件的两级审核须由不同的人完成。"));
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/publish").then().statusCode(200);
    }

    private long approvedArticle(String title) {
        long id = draft("weibin-contributor", "tzgg", title);
        as("weibin-contributor", "weibin").post("/api/admin/articles/" + id + "/submit").then().statusCode(200);
        as("weibin-editor", "weibin").body(Map.of()).post("/api/admin/articles/" + id + "/approve").then().statusCode(200);
        return id;
    }

    private static long draft(String user, String channel, String title) {
        return as(user, "weibin").body(Map.of("channel", channel, "title", title, "summary", "摘要",
                "body", "<p>" + title + "的正文。</p>")).post("/api/admin/articles")
                .then().statusCode(201).body("state", equalTo("DRAFT")).extract().jsonPath().getLong("id");
    }

    private static List<Long> queue(String user, int level) {
        return as(user, "weibin").get("/api/admin/articles/review-queue?level=" + level).then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
