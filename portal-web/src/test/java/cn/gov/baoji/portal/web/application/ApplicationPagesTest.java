package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.address;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.file;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.officer;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.phone;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.text;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.message.MessageKind;
import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageRow;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The public application pages: the form posts without a CSRF cookie, names every problem in
 * Chinese next to its field and keeps what was typed, answers the tracking number; the lookup with
 * its timeline, where material is added and the handling rated; results and figures without anyone's
 * personal data.
 */
@QuarkusTest
class ApplicationPagesTest {

    private static final String COUNTY = "apppages";
    private static final Pattern NUMBER = Pattern.compile("id=\"tracking-number\">(\\d{8}-[2-9A-Z]{4}-[2-9A-Z]{4})<");
    private static boolean provisioned;

    @Inject
    TenantScope scope;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    ServiceGuides guides;

    @Inject
    ApplicationForms forms;

    @Inject
    ApplicationQueues queues;

    @Inject
    ApplicationWorkflow workflow;

    @Inject
    MessageQueues messages;

    @BeforeEach
    void county() {
        if (!provisioned) {
            Counties.provision(provisioner, COUNTY, "页面区", "619976", "classic");
            ApplicationFixtures.openItems(catalogue, guides, scope, COUNTY);
            scope.call(TenantCode.of(COUNTY), () -> forms.save(webmaster(COUNTY), ITEM, ApplicationFixtures.form()));
            provisioned = true;
        }
    }

    @Test
    void applyThroughTheFormKeepingWhatWasTypedOnError() {
        page().get("/services/" + ITEM + "/apply").then().statusCode(200).body(containsString("在线申报：企业技术改造项目备案"))
                .body(containsString("<altcha-widget")).body(containsString("name=\"website\""))
                .body(containsString("enctype=\"multipart/form-data\"")).body(containsString("法定代表人身份证号码"))
                .body(containsString("<option value=\"扩建\"")).body(containsString("accept=\".doc,.docx,.pdf,.wps\""))
                .body(not(containsString("csrf")));
        // An item without online application has no form.
        page().get("/services/BJ-QT-0901/apply").then().statusCode(404).body(containsString("lang=\"zh-CN\""));

        String phone = phone();
        Map<String, String> typed = new HashMap<>(ApplicationFixtures.values());
        typed.put("f2", "一万二");
        typed.put("f5", "610302198506172019");
        String refused = form(phone, typed).multiPart(file("a7", "申请表.pdf", ApplicationFixtures.PDF, "application/pdf"))
                .post("/services/" + ITEM + "/apply").then().statusCode(400).extract().asString();
        assertThat(refused).contains("申报未提交，请修改以下内容", "总投资（万元）应填写数字，如 3 或 12.5",
                "法定代表人身份证号码", "aria-invalid=\"true\"", "value=\"宝鸡市渭滨区智能制造产业园二期\"", "value=\"一万二\"",
                "value=\"" + phone + "\"", "<option value=\"新建\" selected>", "表单未提交，请重新选择要上传的文件");
        assertThat(refused).contains("href=\"#field-f2\"");

        String html = form(phone, ApplicationFixtures.values())
                .multiPart(file("a7", "申请表.pdf", ApplicationFixtures.PDF, "application/pdf"))
                .post("/services/" + ITEM + "/apply").then().statusCode(200).body(containsString("申报已提交")).extract().asString();
        Matcher number = NUMBER.matcher(html);
        assertThat(number.find()).as("tracking number on the page").isTrue();
        assertThat(html).doesNotContain(phone, ApplicationFixtures.idNumber(), "宝鸡秦川智造有限公司");

        // Look it up, be asked for material, add it, get the decision, rate it.
        String tracking = number.group(1);
        lookup(tracking.replace("-", " ").toLowerCase(), phone).then().statusCode(200)
                .body(containsString("企业技术改造项目备案")).body(containsString("待受理")).body(containsString("提交申请"));
        long id = in(() -> queues.byTrackingNumber(webmaster(COUNTY), tracking)).orElseThrow().id();
        in(() -> workflow.requestMaterial(id, officer(COUNTY, "zfb"), "请补充营业执照副本"));
        String waiting = lookup(tracking, phone).then().statusCode(200).extract().asString();
        assertThat(waiting).contains("待补正材料", "请补充营业执照副本", "action=\"/applications/supplement\"", "补正材料期间暂停计时");
        given().config(ApplicationFixtures.MULTIPART).header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address())
                .multiPart(text("trackingNumber", tracking)).multiPart(text("phone", phone)).multiPart(text("note", "营业执照副本见附件"))
                .multiPart(file("files", "营业执照.pdf", ApplicationFixtures.PDF, "application/pdf"))
                .post("/applications/supplement").then().statusCode(200).body(containsString("补正材料已提交，办理时限继续计算。"))
                .body(containsString("待受理")).body(containsString("营业执照副本见附件"));
        // A wrong phone adds nothing.
        given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address())
                .multiPart(text("trackingNumber", tracking)).multiPart(text("phone", "13700000000")).multiPart(text("note", "冒充"))
                .post("/applications/supplement").then().statusCode(404);
        in(() -> workflow.accept(id, officer(COUNTY, "zfb"), null));
        in(() -> workflow.approve(id, officer(COUNTY, "zfb"), "准予备案"));
        lookup(tracking, phone).then().statusCode(200).body(containsString("已办结（准予办理）")).body(containsString("准予备案"))
                .body(containsString("评价本次办理")).body(containsString("非常不满意"));
        page().header("X-Forwarded-For", address()).formParam("trackingNumber", tracking).formParam("phone", phone)
                .formParam("score", "7").post("/applications/rate").then().statusCode(400)
                .body(containsString("请选择评价：非常满意、满意、基本满意、不满意或非常不满意"));
        page().header("X-Forwarded-For", address()).formParam("trackingNumber", tracking).formParam("phone", phone)
                .formParam("score", "5").formParam("comment", "网上就办好了").post("/applications/rate").then().statusCode(200)
                .body(containsString("感谢您的评价")).body(containsString("id=\"application-rating\">非常满意<"))
                .body(not(containsString("评价本次办理")));
        page().header("X-Forwarded-For", address()).formParam("trackingNumber", tracking).formParam("phone", phone)
                .formParam("score", "1").post("/applications/rate").then().statusCode(409)
                .body(containsString("每件申报只能评价一次"));

        // Results and figures: the item, nothing of the applicant.
        String results = page().get("/services/results").then().statusCode(200).body(containsString("办理结果公示"))
                .body(containsString("企业技术改造项目备案")).extract().asString();
        String stats = page().get("/services/stats").then().statusCode(200).body(containsString("服务效能统计"))
                .body(containsString("企业技术改造项目备案")).body(containsString("100.0%")).extract().asString();
        for (String publicPage : List.of(results, stats)) {
            assertThat(publicPage).doesNotContain(phone, ApplicationFixtures.idNumber(), "宝鸡秦川智造有限公司", tracking,
                    "13900000009", "准予备案");
        }
    }

    @Test
    void complaintsAboutAnItemOrAnApplicationGoToTheMessageBoard() {
        // About an item: the guide links to it; it opens the message form, addressed to the item's
        // department, the item named in the title.
        page().get("/services/" + ITEM).then().statusCode(200)
                .body(containsString("<a href=\"/services/" + ITEM + "/complain\">投诉/监督</a>"));
        String location = page().redirects().follow(false).get("/services/" + ITEM + "/complain").then().statusCode(303)
                .extract().header("Location");
        assertThat(location).contains("/messages/new?kind=complain&department=zfb&title=");
        String form = page().urlEncodingEnabled(false).get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asString();
        assertThat(form).contains("<option value=\"complain\" selected>", "<option value=\"zfb\" selected>",
                "value=\"关于“企业技术改造项目备案”事项的投诉\"");
        page().redirects().follow(false).get("/services/NO-SUCH-ITEM/complain").then().statusCode(404);

        // Sent as a citizen would: a message of kind 投诉 to 县政府办, tracked like any other.
        String phone = phone();
        page().header("X-Forwarded-For", address()).formParam("kind", "complain").formParam("department", "zfb")
                .formParam("title", "关于“企业技术改造项目备案”事项的投诉").formParam("content", "窗口要求提供指南中没有列出的材料。")
                .formParam("name", "王建国").formParam("phone", phone).formParam("altcha", Altcha.solve(COUNTY + ".localhost"))
                .formParam("website", "").post("/messages/new").then().statusCode(200).body(containsString("留言已提交"));
        List<MessageRow> complaints = in(() -> messages.search(ApplicationFixtures.countyEditor(COUNTY),
                new MessageQueues.Filter(null, MessageKind.COMPLAIN, null, null, 1, 20))).items();
        assertThat(complaints).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("关于“企业技术改造项目备案”事项的投诉");
            assertThat(m.addresseeName()).isEqualTo("页面区人民政府办公室");
        });

        // About an application: the lookup links to the same form, with the tracking number in the text only
        // (a published message's title stands in public lists).
        String number = ApplicationFixtures.application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone, ApplicationFixtures.values(),
                Altcha.solve(COUNTY + ".localhost")).multiPart(file("a7", "申请表.pdf", ApplicationFixtures.PDF, "application/pdf"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber");
        String found = lookup(number, phone).then().statusCode(200).extract().asString();
        String link = "/messages/new?kind=complain&department=zfb&title="
                + java.net.URLEncoder.encode("关于“企业技术改造项目备案”办件的投诉", java.nio.charset.StandardCharsets.UTF_8)
                + "&content=" + java.net.URLEncoder.encode("办件编号：" + number + "。", java.nio.charset.StandardCharsets.UTF_8);
        assertThat(found).contains("投诉/监督", link.replace("&", "&amp;"));
        String complaintForm = page().urlEncodingEnabled(false).get(link).then().statusCode(200).extract().asString();
        assertThat(complaintForm).contains("value=\"关于“企业技术改造项目备案”办件的投诉\"", ">办件编号：" + number + "。</textarea>");
    }

    @Test
    void aWrongPairAnswersLikeAnUnknownNumber() {
        String wrong = lookup("20260703-ABCD-EFGH", "13700000000").then().statusCode(404).extract().asString();
        assertThat(wrong).contains("没有找到这件申报：请核对办件编号和申报时填写的手机号码。");
        lookup("", "").then().statusCode(400).body(containsString("请填写办件编号和申报时填写的手机号码。"));
        page().get("/applications/lookup").then().statusCode(200).body(containsString("办件编号"));
    }

    private RequestSpecification form(String phone, Map<String, String> values) {
        RequestSpecification request = given().config(ApplicationFixtures.MULTIPART).header("Host", COUNTY + ".localhost")
                .header("X-Forwarded-For", address()).multiPart(text("applicant", "宝鸡秦川智造有限公司")).multiPart(text("phone", phone))
                .multiPart(text("altcha", Altcha.solve(COUNTY + ".localhost"))).multiPart(text("website", ""));
        values.forEach((k, v) -> request.multiPart(text(k, v)));
        return request;
    }

    private static io.restassured.response.Response lookup(String number, String phone) {
        return page().header("X-Forwarded-For", address()).formParam("trackingNumber", number).formParam("phone", phone)
                .post("/applications/lookup");
    }

    private static RequestSpecification page() {
        return given().header("Host", COUNTY + ".localhost").contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }
}
