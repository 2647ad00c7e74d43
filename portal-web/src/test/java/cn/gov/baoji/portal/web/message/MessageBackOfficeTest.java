package cn.gov.baoji.portal.web.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.admin.message.MessageSteps;
import cn.gov.baoji.portal.core.message.MessageBoard;
import cn.gov.baoji.portal.core.message.MessageDetail;
import cn.gov.baoji.portal.core.message.MessageLookup;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.message.PublicMessage;
import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Api;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import cn.gov.baoji.portal.web.support.TestAccounts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A message handled from end to end through the back-office pages, as the county editor and the
 * departments' information officers click through them: accept and route, transfer, draft, return,
 * redraft, approve and publish; rejection as invalid; refused input and steps taken on an outdated
 * page; another department's officer and another county's editor see nothing. The lifecycle has a
 * county of its own (办理区), so the counts it reads are exact; the other cases share 杂事区, and
 * 邻里区 receives no message at all.
 */
@QuarkusTest
class MessageBackOfficeTest {

    static final String COUNTY = "msgadm";
    static final String OTHER = "msgetc";
    static final String NEIGHBOUR = "msgnbr";
    private static boolean prepared;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantScope scope;

    @Inject
    MessageBoard board;

    @Inject
    EntityManager em;

    @Inject
    MessageSteps steps;

    @Inject
    MessageWorkflow workflow;

    private CitizenMessages citizens;

    @BeforeEach
    void countiesAndPeople() {
        citizens = new CitizenMessages(scope, board, em);
        RedirectUris.allow(keycloak, root.getPort(), COUNTY, OTHER, NEIGHBOUR);
        if (prepared) {
            return;
        }
        Counties.provision(provisioner, COUNTY, "办理区", "619985", "classic");
        Counties.provision(provisioner, NEIGHBOUR, "邻里区", "619986", "classic");
        Counties.provision(provisioner, OTHER, "杂事区", "619989", "classic");
        TestAccounts.account(keycloak, COUNTY + "-editor", "办理区审核员", COUNTY, "editor", null);
        TestAccounts.account(keycloak, COUNTY + "-webmaster", "办理区站点管理员", COUNTY, "webmaster", null);
        TestAccounts.account(keycloak, COUNTY + "-zfb", "政府办信息员", COUNTY, "contributor", "zfb");
        TestAccounts.account(keycloak, COUNTY + "-jyj", "教育局信息员", COUNTY, "contributor", "jyj");
        TestAccounts.account(keycloak, OTHER + "-editor", "杂事区审核员", OTHER, "editor", null);
        TestAccounts.account(keycloak, OTHER + "-webmaster", "杂事区站点管理员", OTHER, "webmaster", null);
        TestAccounts.account(keycloak, NEIGHBOUR + "-editor", "邻里区审核员", NEIGHBOUR, "editor", null);
        TestAccounts.account(keycloak, NEIGHBOUR + "-webmaster", "邻里区站点管理员", NEIGHBOUR, "webmaster", null);
        prepared = true;
    }

    @Test
    void acceptTransferDraftReturnRedraftApproveAndPublish() {
        String title = "孩子秋季入学需要准备哪些材料";
        CitizenMessages.Sent sent = citizens.send(COUNTY, "leader", title, "13912340001", true);
        String path = "/admin/messages/" + sent.id();

        // The county editor finds it waiting, with the citizen's particulars on its page.
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-editor");
        String home = editor.page("/admin/");
        assertThat(home).contains("id=\"nav-messages-inbox\">待受理留言（1）</a>")
                .contains("id=\"nav-messages-approval\">答复审核（0）</a>");
        assertThat(section(home, "work-messages")).contains("待受理 1 条").contains(">" + title + "</a>")
                .contains("写给区长信箱");
        assertThat(editor.page("/admin/messages/inbox")).contains("href=\"" + path + "\">" + title + "</a>")
                .contains("共 1 条");
        String received = editor.page(path);
        assertThat(received).contains("id=\"message-state\">待受理</strong>").contains("<dd>王建国</dd>")
                .contains("<dd>13912340001</dd>").contains("<dd>wangjianguo@example.com</dd>").contains("id=\"accept-form\"")
                .contains("剩余 5 个工作日").doesNotContain("id=\"reply-form\"");

        // Accepted and routed to the education bureau.
        String accepted = editor.step(path + "/accept", Map.of("department", "jyj", "comment", "请教育局答复入学材料"));
        assertThat(accepted).contains("已受理，并交承办部门办理。").contains("id=\"message-state\">办理中</strong>")
                .contains("<dd>办理区教育局</dd>").contains("id=\"transfer-form\"").doesNotContain("id=\"accept-form\"");

        // The bureau's officer has it; the office's officer neither sees nor can answer it.
        CountyBackOffice education = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-jyj");
        String educationHome = education.page("/admin/");
        assertThat(educationHome).contains("id=\"nav-messages-open\">本部门留言（1）</a>");
        assertThat(section(educationHome, "work-messages")).contains("本部门待办留言（1 条）").contains(title)
                .contains("剩余 5 个工作日");
        assertThat(education.page("/admin/messages/open")).contains(title);
        assertThat(education.page(path)).contains("id=\"reply-form\"").contains("13912340001");
        CountyBackOffice office = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-zfb");
        assertThat(office.page("/admin/messages/open")).doesNotContain(title).contains("共 0 条");
        assertThat(office.page("/admin/messages/")).doesNotContain(title);
        refusedWithoutLeak(office.open(path), 403);
        office.page("/admin/messages/open");
        refusedWithoutLeak(office.press(path + "/reply", Map.of("reply", "越权答复", "version", editorVersion(editor, path))), 403);

        // The editor hands it to the government office instead.
        editor.open(path);
        String transferred = editor.step(path + "/transfer", Map.of("department", "zfb", "comment", "涉及学位统筹，改由区政府办公室答复"));
        assertThat(transferred).contains("已改派").contains("<dd>办理区人民政府办公室</dd>");
        refusedWithoutLeak(education.open(path), 403);
        assertThat(section(education.page("/admin/"), "work-messages")).contains("本部门待办留言（0 条）");

        // The office drafts the reply; the editor finds it in the approval queue and returns it.
        office.page(path);
        String drafted = office.step(path + "/reply", Map.of("reply", "您好！适龄儿童入学须提供户口簿和居住证明。"));
        assertThat(drafted).contains("答复已提交，等待区县审核。").contains("id=\"message-state\">待审核</strong>")
                .contains("您好！适龄儿童入学须提供户口簿和居住证明。");
        assertThat(editor.page("/admin/")).contains("id=\"nav-messages-approval\">答复审核（1）</a>");
        assertThat(editor.page("/admin/messages/approval")).contains("href=\"" + path + "\">" + title + "</a>");
        editor.page(path);
        Response noComment = editor.press(path + "/return", Map.of("reply", "您好！适龄儿童入学须提供户口簿和居住证明。", "comment", " "));
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.asString()).contains("退回意见不能为空").contains("id=\"message-state\">待审核</strong>")
                .contains("aria-invalid=\"true\"");
        String returned = editor.step(path + "/return",
                Map.of("reply", "您好！适龄儿童入学须提供户口簿和居住证明。", "comment", "请补充办理地点和咨询电话。"));
        assertThat(returned).contains("答复已退回承办部门修改。").contains("id=\"message-state\">办理中</strong>");

        // The office reads the comment and redrafts; a reply over the limit is refused and kept as typed.
        String toRedraft = office.page(path);
        assertThat(toRedraft).contains("审核退回意见").contains("请补充办理地点和咨询电话。")
                .contains(">您好！适龄儿童入学须提供户口簿和居住证明。</textarea>");
        String tooLong = "答".repeat(5001);
        Response refused = office.press(path + "/reply", Map.of("reply", tooLong));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("答复内容不能超过 5000 个字").contains(">" + tooLong + "</textarea>");
        office.page(path);
        String reply = "您好！适龄儿童入学须提供户口簿和居住证明。\n办理地点：区教育局一楼大厅，咨询电话 0917-3261234。";
        office.step(path + "/reply", Map.of("reply", reply));

        // Approved: the citizen reads the reply with the code, and the message is public (they allowed it).
        editor.page(path);
        String approved = editor.step(path + "/approve", Map.of("reply", reply.replace("\n", "\r\n"), "comment", "同意"));
        assertThat(approved).contains("答复已审核通过").contains("id=\"message-state\">已答复</strong>").contains("已在网站公开")
                .doesNotContain("id=\"review-form\"").doesNotContain("id=\"transfer-form\"");
        MessageLookup lookup = citizens.lookUp(COUNTY, sent);
        assertThat(lookup.stateLabel()).isEqualTo("已答复");
        assertThat(lookup.reply()).isEqualTo(reply);
        PublicMessage shown = scope.call(TenantCode.of(COUNTY), () -> board.publishedOne(sent.id())).orElseThrow();
        assertThat(shown.reply()).isEqualTo(reply);
        assertThat(approved).contains("<a href=\"/messages/" + sent.id() + "\">已在网站公开</a>");
        String publicPage = Api.anonymous(COUNTY).get("/messages/" + sent.id()).then().statusCode(200).extract().asString();
        assertThat(publicPage).contains(title).contains("办理地点：区教育局一楼大厅").doesNotContain("13912340001")
                .doesNotContain("王建国").doesNotContain("wangjianguo");
        assertThat(editor.page("/admin/")).contains("id=\"nav-messages-inbox\">待受理留言（0）</a>")
                .contains("id=\"nav-messages-approval\">答复审核（0）</a>");

        // Every step, who took it, from where to where and why.
        assertThat(history(approved)).containsExactly(
                "留言人|收到留言|||",
                "办理区审核员|受理并转办||办理区教育局|请教育局答复入学材料",
                "办理区审核员|改派|办理区教育局|办理区人民政府办公室|涉及学位统筹，改由区政府办公室答复",
                "政府办信息员|拟写答复|||",
                "办理区审核员|退回答复|||请补充办理地点和咨询电话。",
                "政府办信息员|拟写答复|||",
                "办理区审核员|审核通过并答复|||同意");
    }

    @Test
    void rejectedAsInvalidWithAReasonTheCitizenReads() {
        CitizenMessages.Sent sent = citizens.send(OTHER, "zfb", "推荐一款理财产品", "13912340002", true);
        String path = "/admin/messages/" + sent.id();
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), OTHER, OTHER + "-editor");
        String page = editor.page(path);
        // Routing proposes the department the citizen wrote to.
        assertThat(page).contains("<option value=\"zfb\" selected>杂事区人民政府办公室</option>");

        Response noReason = editor.press(path + "/reject", Map.of("reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("不予受理的理由不能为空").contains("id=\"message-state\">待受理</strong>")
                .contains("name=\"reason\" rows=\"3\" required maxlength=\"500\" aria-invalid=\"true\"");

        editor.page(path);
        String reason = "留言内容为商业广告，与政务咨询无关。";
        String rejected = editor.step(path + "/reject", Map.of("reason", reason));
        assertThat(rejected).contains("id=\"message-state\">不予受理</strong>").contains("id=\"invalid-reason\">" + reason)
                .doesNotContain("id=\"accept-form\"").doesNotContain("id=\"reject-form\"");
        MessageLookup lookup = citizens.lookUp(OTHER, sent);
        assertThat(lookup.stateLabel()).isEqualTo("不予受理");
        assertThat(lookup.invalidReason()).isEqualTo(reason);
        assertThat(scope.call(TenantCode.of(OTHER), () -> board.publishedOne(sent.id()))).isEmpty();
        Api.anonymous(OTHER).get("/messages/" + sent.id()).then().statusCode(404);

        // A step the state no longer allows, even on the current version: a clear 409, nothing changes.
        Response late = editor.press(path + "/accept", Map.of("department", "zfb", "version", String.valueOf(version(sent.id()))));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.asString()).contains("留言处于“不予受理”状态，不能受理。").contains("id=\"message-state\">不予受理</strong>");
        assertThat(citizens.lookUp(OTHER, sent).stateLabel()).isEqualTo("不予受理");
    }

    @Test
    void ofTwoEditorsActingOnTheSamePageOnlyTheFirstSucceeds() {
        CitizenMessages.Sent sent = citizens.send(OTHER, "jyj", "学校门口交通拥堵", "13912340003", false);
        String path = "/admin/messages/" + sent.id();
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), OTHER, OTHER + "-editor");
        CountyBackOffice webmaster = CountyBackOffice.signIn(root.getPort(), OTHER, OTHER + "-webmaster");
        editor.page(path);
        webmaster.page(path);

        editor.step(path + "/accept", Map.of("department", "jyj"));
        Response second = webmaster.press(path + "/reject", Map.of("reason", "重复留言"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.asString()).contains("这条留言在您打开页面之后已被他人处理，现在的状态是“办理中”")
                .contains("id=\"message-state\">办理中</strong>")
                // What the webmaster typed is still there for a second thought.
                .contains(">重复留言</textarea>");
        assertThat(citizens.lookUp(OTHER, sent).stateLabel()).isEqualTo("办理中");
        assertThat(citizens.lookUp(OTHER, sent).invalidReason()).isNull();

        // A form without the version is refused, not taken on whatever the message is now.
        Response unversioned = webmaster.press(path + "/reject", Map.of("reason", "重复留言", "version", ""));
        assertThat(unversioned.statusCode()).isEqualTo(400);
        assertThat(unversioned.asString()).contains("表单不完整，请刷新页面后重新操作。");
        webmaster.step(path + "/reject", Map.of("reason", "与第 1 号留言重复，已合并办理。"));
        assertThat(citizens.lookUp(OTHER, sent).stateLabel()).isEqualTo("不予受理");
    }

    @Test
    void publishedWhileInProgressAndTakenOffAgainWithAReason() {
        CitizenMessages.Sent sent = citizens.send(OTHER, "zfb", "公交站台缺少遮雨棚", "13912340006", true);
        String path = "/admin/messages/" + sent.id();
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), OTHER, OTHER + "-editor");
        editor.page(path);
        assertThat(editor.step(path + "/accept", Map.of("department", "zfb"))).contains("id=\"publish-form\"");
        String published = editor.step(path + "/publish", Map.of());
        assertThat(published).contains("留言已在网站公开。").contains("id=\"unpublish-form\"").doesNotContain("id=\"publish-form\"");
        Api.anonymous(OTHER).get("/messages/" + sent.id()).then().statusCode(200);

        Response noReason = editor.press(path + "/unpublish", Map.of("comment", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.asString()).contains("取消公开的原因不能为空");
        Api.anonymous(OTHER).get("/messages/" + sent.id()).then().statusCode(200);
        assertThat(editor.step(path + "/unpublish", Map.of("comment", "留言中含有他人住址，暂不公开。"))).contains("留言已从网站撤下。");
        Api.anonymous(OTHER).get("/messages/" + sent.id()).then().statusCode(404);

        // Without the citizen's consent there is nothing to publish.
        CitizenMessages.Sent privately = citizens.send(OTHER, "zfb", "不愿公开的咨询", "13912340007", false);
        String other = "/admin/messages/" + privately.id();
        editor.page(other);
        assertThat(editor.step(other + "/accept", Map.of("department", "zfb"))).doesNotContain("id=\"publish-form\"");
        Response refused = editor.press(other + "/publish", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("留言人未同意公开，不能公开这条留言。");
    }

    /**
     * Both editors' steps pass the version check at the same moment; the one that commits second finds
     * the message changed underneath it (the entity's version) and fails as a whole, as the page then
     * tells its editor (409). Here the routing reads first and commits after the rejection.
     */
    @Test
    void ofTwoStepsTakenAtTheSameMomentTheLaterCommitFails() throws Exception {
        CitizenMessages.Sent sent = citizens.send(OTHER, "zfb", "同时处理的留言", "13912340005", true);
        Actor first = countyEditor("甲审核员");
        Actor second = countyEditor("乙审核员");
        CountDownLatch checked = new CountDownLatch(1);
        CountDownLatch otherCommitted = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<MessageDetail> routing = pool.submit(() -> scope.call(TenantCode.of(OTHER),
                    () -> steps.expecting(sent.id(), 0, m -> {
                        MessageDetail routed = workflow.accept(sent.id(), "zfb", first, null);
                        checked.countDown();
                        try {
                            otherCommitted.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return routed;
                    })));
            assertThat(checked.await(30, TimeUnit.SECONDS)).as("the routing passed its check").isTrue();
            scope.call(TenantCode.of(OTHER), () -> steps.expecting(sent.id(), 0,
                    m -> workflow.reject(sent.id(), second, "与已有留言重复。")));
            otherCommitted.countDown();
            assertThatThrownBy(() -> routing.get(30, TimeUnit.SECONDS))
                    .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof jakarta.persistence.OptimisticLockException
                            || c instanceof org.hibernate.StaleStateException));
        } finally {
            pool.shutdownNow();
        }
        MessageLookup lookup = citizens.lookUp(OTHER, sent);
        assertThat(lookup.stateLabel()).isEqualTo("不予受理");
        assertThat(lookup.departmentName()).isNull();
        assertThat(scope.call(TenantCode.of(OTHER), () -> em.createQuery(
                "SELECT e.actorName FROM MessageEvent e WHERE e.messageId = :id ORDER BY e.id", String.class)
                .setParameter("id", sent.id()).getResultList())).containsExactly("留言人", "乙审核员");
    }

    private Actor countyEditor(String name) {
        return new Actor(OTHER + "-editor", name, AccessBindings.fromClaims(List.of("/tenants/" + OTHER + "/editor"), List.of()));
    }

    private static List<Throwable> causes(Throwable error) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable e = error; e != null && !all.contains(e); e = e.getCause()) {
            all.add(e);
        }
        return all;
    }

    @Test
    void anotherCountysEditorFindsNothing() {
        CitizenMessages.Sent sent = citizens.send(OTHER, "leader", "邻县不应看到的留言", "13912340004", true);
        String path = "/admin/messages/" + sent.id();
        assertThat(scope.call(TenantCode.of(NEIGHBOUR), () -> em.createQuery("SELECT count(m) FROM Message m", Long.class)
                .getSingleResult())).as("the neighbour has no messages, so no id of ours exists there").isZero();

        // On their own county's host the id does not exist.
        CountyBackOffice neighbour = CountyBackOffice.signIn(root.getPort(), NEIGHBOUR, NEIGHBOUR + "-editor");
        refusedWithoutLeak(neighbour.open(path), 404);
        neighbour.page("/admin/messages/inbox");
        refusedWithoutLeak(neighbour.press(path + "/accept", Map.of("department", "zfb", "version", "0")), 404);
        neighbour.page("/admin/messages/inbox");
        refusedWithoutLeak(neighbour.press(path + "/reject", Map.of("reason", "越权", "version", "0")), 404);
        assertThat(neighbour.page("/admin/messages/")).doesNotContain("邻县不应看到的留言");

        // On ours they hold no role.
        BrowserSession browser = new BrowserSession();
        String url = "http://" + OTHER + ".localhost:" + root.getPort() + path;
        Response there = browser.logIn(browser.open(url), NEIGHBOUR + "-editor", KeycloakTokens.DEMO_PASSWORD);
        assertThat(there.statusCode()).isEqualTo(403);
        assertThat(there.asString()).doesNotContain("13912340004").doesNotContain("邻县不应看到的留言");
        assertThat(citizens.lookUp(OTHER, sent).stateLabel()).isEqualTo("待受理");
    }

    @Test
    void theWebmasterSetsThePromisedReplyTime() {
        CountyBackOffice webmaster = CountyBackOffice.signIn(root.getPort(), NEIGHBOUR, NEIGHBOUR + "-webmaster");
        try {
            assertThat(webmaster.page("/admin/")).contains("href=\"/admin/messages/settings\"");
            assertThat(webmaster.page("/admin/messages/settings")).contains("id=\"current-reply-days\">5</strong>");
            for (String bad : List.of("0", "61", "五", "")) {
                Response refused = webmaster.press("/admin/messages/settings", Map.of("replyDays", bad));
                assertThat(refused.statusCode()).as(bad).isEqualTo(400);
                assertThat(refused.asString()).as(bad).contains("办理时限应为 1 至 60 个工作日")
                        .contains("id=\"current-reply-days\">5</strong>").contains("aria-invalid=\"true\"");
            }
            Response saved = webmaster.press("/admin/messages/settings", Map.of("replyDays", "7"));
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(webmaster.page("/admin/messages/settings?saved=true")).contains("id=\"current-reply-days\">7</strong>")
                    .contains("已保存。此后收到的留言按 7 个工作日计算答复期限。");
            // The other county keeps its own.
            assertThat(CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-webmaster").page("/admin/messages/settings"))
                    .contains("id=\"current-reply-days\">5</strong>");

            CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), NEIGHBOUR, NEIGHBOUR + "-editor");
            assertThat(editor.open("/admin/messages/settings").statusCode()).isEqualTo(403);
            editor.page("/admin/");
            assertThat(editor.press("/admin/messages/settings", Map.of("replyDays", "30", "version", "0")).statusCode())
                    .isEqualTo(403);
        } finally {
            webmaster.page("/admin/messages/settings");
            webmaster.press("/admin/messages/settings", Map.of("replyDays", "5"));
        }
    }

    @Test
    void officersWithoutADepartmentAndWrongFiltersAreTurnedAway() {
        CountyBackOffice editor = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-editor");
        assertThat(editor.open("/admin/messages/?state=lost").statusCode()).isEqualTo(400);
        assertThat(editor.open("/admin/messages/?kind=lost").statusCode()).isEqualTo(400);
        assertThat(editor.open("/admin/messages/open?department=nosuch").statusCode()).isEqualTo(400);
        assertThat(editor.open("/admin/messages/999999").statusCode()).isEqualTo(404);
        // Department officers have no county queues.
        CountyBackOffice office = CountyBackOffice.signIn(root.getPort(), COUNTY, COUNTY + "-zfb");
        assertThat(office.open("/admin/messages/inbox").statusCode()).isEqualTo(403);
        assertThat(office.open("/admin/messages/approval").statusCode()).isEqualTo(403);
    }

    /** A refusal that shows nothing of any message. */
    private static void refusedWithoutLeak(Response response, int status) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(status);
        assertThat(response.asString()).doesNotContain("139123400").doesNotContain("王建国");
    }

    /** The message's version, as a page the editor can open shows it. */
    private static String editorVersion(CountyBackOffice editor, String path) {
        editor.page(path);
        return editor.version();
    }

    private int version(long id) {
        return scope.call(TenantCode.of(OTHER), () -> em.createQuery("SELECT m.version FROM Message m WHERE m.id = :id",
                Integer.class).setParameter("id", id).getSingleResult());
    }

    /** The history table's rows without the time: who|step|from|to|comment. */
    static List<String> history(String page) {
        int start = page.indexOf("id=\"message-history\"");
        assertThat(start).as("history table").isNotNegative();
        String table = page.substring(page.indexOf("<tbody>", start), page.indexOf("</tbody>", start));
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(String.join("|", cells.subList(1, cells.size())));
        }
        return rows;
    }

    /** One work list of the home page, from its section to the section's end. */
    static String section(String page, String id) {
        int start = page.indexOf("<section class=\"work-list\" id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }
}
