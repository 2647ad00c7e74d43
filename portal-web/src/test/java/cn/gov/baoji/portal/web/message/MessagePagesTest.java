package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageActors.editor;
import static cn.gov.baoji.portal.web.message.MessageActors.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;

/**
 * The public message pages: the form posts without a CSRF cookie, keeps what was typed on error,
 * answers the query code; the lookup, the list, one message and the figures; personal data on none
 * of them, nor in feeds or the sitemap; a database failure never looks like success.
 */
@QuarkusTest
class MessagePagesTest {

    private static final String COUNTY = "weibin";
    private static final Pattern CODE = Pattern.compile("id=\"query-code\">([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})<");

    @Inject
    TenantScope scope;

    @Inject
    MessageWorkflow workflow;

    @Inject
    MessageQueues queues;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    DataSource dataSource;

    @Test
    void writeThroughTheFormAndLookItUp() {
        page(COUNTY).get("/messages/new").then().statusCode(200).body(containsString("<altcha-widget"))
                .body(containsString("name=\"website\"")).body(containsString("区长信箱"))
                .body(containsString("渭滨区财政局")).body(not(containsString("csrf")));
        String phone = MessageApiTest.phone();
        String html = form(COUNTY, MessageApiTest.address()).formParam("kind", "help").formParam("department", "czj")
                .formParam("title", "低保申请进度咨询").formParam("content", "我于上月提交了低保申请，\n至今没有消息。")
                .formParam("name", "张桂芳").formParam("phone", phone).formParam("publish", "1")
                .formParam("altcha", AltchaSolver.solve(COUNTY)).formParam("website", "")
                .post("/messages/new").then().statusCode(200).body(containsString("留言已提交"))
                .extract().asString();
        Matcher code = CODE.matcher(html);
        assertThat(code.find()).as("query code on the page").isTrue();
        assertThat(html).doesNotContain(phone).doesNotContain("张桂芳");

        page(COUNTY).get("/messages/lookup").then().statusCode(200).body(containsString("查询码"));
        form(COUNTY, MessageApiTest.address()).formParam("queryCode", code.group(1).replace("-", " ").toLowerCase()).formParam("phone", phone)
                .post("/messages/lookup").then().statusCode(200).body(containsString("低保申请进度咨询"))
                .body(containsString("待受理"));
        String wrong = form(COUNTY, MessageApiTest.address()).formParam("queryCode", code.group(1)).formParam("phone", "13700000000")
                .post("/messages/lookup").then().statusCode(404).body(containsString("没有找到这条留言")).extract().asString();
        String unknown = form(COUNTY, MessageApiTest.address()).formParam("queryCode", "ABCD-EFGH-JKLM").formParam("phone", phone)
                .post("/messages/lookup").then().statusCode(404).extract().asString();
        assertThat(wrong.replace("ABCD-EFGH-JKLM", code.group(1))).isEqualTo(unknown.replace("ABCD-EFGH-JKLM", code.group(1)));
        form("jintai", MessageApiTest.address()).formParam("queryCode", code.group(1)).formParam("phone", phone).post("/messages/lookup").then()
                .statusCode(404);
    }

    @Test
    void errorsAreShownPerFieldAndWhatWasTypedIsKept() {
        long before = stored();
        String html = form(COUNTY, MessageApiTest.address()).formParam("kind", "consult").formParam("department", "zfb")
                .formParam("title", "关于<b>社保</b>转移的咨询").formParam("content", "").formParam("name", "刘德明")
                .formParam("phone", "12345").formParam("email", "liu@example.com")
                .formParam("altcha", AltchaSolver.solve(COUNTY)).post("/messages/new").then().statusCode(400)
                .body(containsString("留言未提交")).body(containsString("留言内容不能为空"))
                .body(containsString("请填写 11 位手机号码")).extract().asString();
        // Typed values come back, escaped.
        assertThat(html).contains("value=\"关于&lt;b&gt;社保&lt;/b&gt;转移的咨询\"").contains("value=\"刘德明\"")
                .contains("value=\"12345\"").contains("<option value=\"consult\" selected>");
        assertThat(html).contains("aria-invalid=\"true\"");

        // Honeypot filled: refused, nothing stored, typed text kept.
        form(COUNTY, MessageApiTest.address()).formParam("kind", "consult").formParam("department", "zfb")
                .formParam("title", "机器人留言").formParam("content", "广告").formParam("name", "机器人")
                .formParam("phone", MessageApiTest.phone()).formParam("altcha", AltchaSolver.solve(COUNTY))
                .formParam("website", "http://spam.example").post("/messages/new").then().statusCode(400)
                .body(containsString("网址")).body(containsString("value=\"机器人留言\""));
        // No proof of work.
        form(COUNTY, MessageApiTest.address()).formParam("kind", "consult").formParam("department", "zfb")
                .formParam("title", "没有验证").formParam("content", "内容").formParam("name", "某人")
                .formParam("phone", MessageApiTest.phone()).post("/messages/new").then().statusCode(400)
                .body(containsString("人机验证"));
        assertThat(stored()).isEqualTo(before);
        // Posted from another site: refused before anything else.
        form(COUNTY, MessageApiTest.address()).header("Origin", "http://evil.example").formParam("kind", "consult")
                .post("/messages/new").then().statusCode(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void publishedMessagesShowWithoutPersonalData() {
        String phone = MessageApiTest.phone();
        String name = "欧阳测试留言人";
        String email = "ouyang.private@example.com";
        String html = form(COUNTY, MessageApiTest.address()).formParam("kind", "complain").formParam("department", "zfb")
                .formParam("title", "夜间施工噪音扰民").formParam("content", "某工地每天夜间施工到凌晨两点。").formParam("name", name)
                .formParam("phone", phone).formParam("email", email).formParam("publish", "1")
                .formParam("altcha", AltchaSolver.solve(COUNTY)).post("/messages/new").then().statusCode(200).extract().asString();
        Matcher code = CODE.matcher(html);
        assertThat(code.find()).isTrue();
        long id = in(() -> queues.byQueryCode(editor(COUNTY), code.group(1))).orElseThrow().id();
        page(COUNTY).get("/messages/" + id).then().statusCode(404);
        in(() -> workflow.accept(id, "zfb", editor(COUNTY), "请核实"));
        in(() -> workflow.draftReply(id, "经核查，该工地已停止夜间施工。", officer(COUNTY, "zfb")));
        in(() -> workflow.approveReply(id, editor(COUNTY)));

        page(COUNTY).get("/messages/" + id).then().statusCode(200).body(containsString("夜间施工噪音扰民"))
                .body(containsString("经核查，该工地已停止夜间施工。")).body(containsString("网友"));
        page(COUNTY).get("/messages?kind=complain&department=zfb&state=replied").then().statusCode(200)
                .body(containsString("夜间施工噪音扰民"));
        page(COUNTY).get("/messages?state=processing").then().statusCode(200).body(not(containsString("夜间施工噪音扰民")));
        page(COUNTY).get("/messages/stats").then().statusCode(200).body(containsString("本年度"))
                .body(containsString("区长信箱")).body(containsString("渭滨区人民政府办公室"));
        Counties.provision(provisioner, "msgiso", "隔离区", "619985", "classic");
        page("msgiso").get("/messages/" + id).then().statusCode(404);

        for (String path : List.of("/messages", "/messages/" + id, "/messages?page=1", "/messages/stats",
                "/api/v1/messages", "/api/v1/messages/" + id, "/api/v1/messages/stats", "/sitemap.xml", "/sitemap",
                "/channels/tzgg/feed.atom", "/")) {
            String body = page(COUNTY).get(path).then().statusCode(200).extract().asString();
            assertThat(body).as(path).doesNotContain(phone).doesNotContain(name).doesNotContain(email);
        }
    }

    @Test
    void filesSentWithTheFormShowOnlyOnceTheEditorShowsThem() {
        byte[] pdf = "%PDF-1.4\n% 现场说明\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String html = multipart(COUNTY).header("X-Forwarded-For", MessageApiTest.address())
                .header("Origin", "http://" + COUNTY + ".localhost").header("Sec-Fetch-Site", "same-origin")
                .multiPart(text("kind", "report")).multiPart(text("department", "zfb"))
                .multiPart(text("title", "占道经营举报")).multiPart(text("content", "某路口长期占道经营。"))
                .multiPart(text("name", "匿名群众")).multiPart(text("phone", MessageApiTest.phone())).multiPart(text("publish", "1")).multiPart(text("altcha", AltchaSolver.solve(COUNTY))).multiPart(text("website", ""))
                .multiPart("attachments", "现场说明.pdf", pdf, "application/pdf")
                .multiPart("attachments", "", new byte[0], "application/octet-stream")
                .post("/messages/new").then().statusCode(200).body(containsString("留言已提交")).extract().asString();
        Matcher code = CODE.matcher(html);
        assertThat(code.find()).isTrue();
        var detail = in(() -> queues.byQueryCode(editor(COUNTY), code.group(1))).orElseThrow();
        assertThat(detail.title()).isEqualTo("占道经营举报");
        assertThat(detail.attachments()).extracting(a -> a.fileName()).containsExactly("现场说明.pdf");
        long id = detail.id();
        long file = detail.attachments().get(0).id();
        in(() -> workflow.accept(id, "zfb", editor(COUNTY), null));
        in(() -> workflow.publish(id, editor(COUNTY)));
        page(COUNTY).get("/messages/" + id).then().statusCode(200).body(not(containsString("现场说明.pdf")));
        page(COUNTY).get("/messages/" + id + "/attachments/" + file).then().statusCode(404);
        in(() -> workflow.showAttachment(id, file, true, editor(COUNTY)));
        page(COUNTY).get("/messages/" + id).then().statusCode(200).body(containsString("现场说明.pdf"));
        byte[] downloaded = page(COUNTY).get("/messages/" + id + "/attachments/" + file).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        page("jintai").get("/messages/" + id + "/attachments/" + file).then().statusCode(404);

        // A file the rules refuse: the form comes back with the reason.
        multipart(COUNTY).header("X-Forwarded-For", MessageApiTest.address()).multiPart(text("kind", "report"))
                .multiPart(text("department", "zfb")).multiPart(text("title", "带可执行文件的留言")).multiPart(text("content", "内容"))
                .multiPart(text("name", "某人")).multiPart(text("phone", MessageApiTest.phone()))
                .multiPart(text("altcha", AltchaSolver.solve(COUNTY)))
                .multiPart("attachments", "说明.pdf", "MZ\u0090 program".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/pdf")
                .post("/messages/new").then().statusCode(400).body(containsString("附件“说明.pdf”"))
                .body(containsString("value=\"带可执行文件的留言\""));
    }

    @Test
    void aDatabaseFailureIsNeverASuccess() throws SQLException {
        Counties.provision(provisioner, "msgdb", "故障区", "619984", "classic");
        String schema = TenantCode.of("msgdb").schema();
        execute("ALTER TABLE " + schema + ".message RENAME TO message_away");
        Response page;
        Response api;
        try {
            page = form("msgdb", MessageApiTest.address()).formParam("kind", "consult").formParam("department", "zfb")
                    .formParam("title", "故障时的留言").formParam("content", "内容").formParam("name", "某人")
                    .formParam("phone", MessageApiTest.phone()).formParam("altcha", AltchaSolver.solve("msgdb"))
                    .post("/messages/new");
            java.util.Map<String, Object> body = MessageApiTest.message("zfb", "故障时的留言", MessageApiTest.phone());
            body.put("altcha", AltchaSolver.solve("msgdb"));
            api = given().header("Host", "msgdb.localhost").header("X-Forwarded-For", MessageApiTest.address())
                    .contentType("application/json").body(body).post("/api/v1/messages");
        } finally {
            execute("ALTER TABLE " + schema + ".message_away RENAME TO message");
        }
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body().asString()).contains("请稍后再试").doesNotContain("留言已提交").doesNotContain("query-code");
        assertThat(api.statusCode()).isEqualTo(500);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.body().asString()).contains("请稍后再试").doesNotContain("queryCode");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long stored() {
        return in(() -> queues.search(editor(COUNTY), new MessageQueues.Filter(null, null, null, null, 1, 1)).total());
    }

    /** A form post as a browser sends it from the county's own page: same origin, and no CSRF cookie. */
    private static RequestSpecification form(String county, String address) {
        return page(county).header("X-Forwarded-For", address).header("Origin", "http://" + county + ".localhost")
                .header("Sec-Fetch-Site", "same-origin").contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** Multipart as browsers send it from a UTF-8 page: texts and file names in UTF-8. */
    private static RequestSpecification multipart(String county) {
        return page(county).config(RestAssuredConfig.config().multiPartConfig(MultiPartConfig.multiPartConfig()
                .defaultCharset(java.nio.charset.StandardCharsets.UTF_8))
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)));
    }

    /** A text field of a multipart form, in UTF-8 as the page's form sends it. */
    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name).charset("UTF-8").build();
    }

    private static RequestSpecification page(String county) {
        return given().header("Host", county + ".localhost");
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }
}
