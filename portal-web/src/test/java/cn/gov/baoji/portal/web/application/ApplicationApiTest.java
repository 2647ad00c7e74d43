package cn.gov.baoji.portal.web.application;

import static cn.gov.baoji.portal.web.application.ApplicationFixtures.ITEM;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.address;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.application;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.file;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.officer;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.phone;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.values;
import static cn.gov.baoji.portal.web.application.ApplicationFixtures.webmaster;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.application.ApplicationForms;
import cn.gov.baoji.portal.core.application.ApplicationQueues;
import cn.gov.baoji.portal.core.application.ApplicationWorkflow;
import cn.gov.baoji.portal.core.content.UploadPolicy;
import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceGuides;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Altcha;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The public application API: applying with files through the guard, double submits, lookups,
 * results and figures, every kind of bad input, and what another county and the public never see.
 */
@QuarkusTest
class ApplicationApiTest {

    private static final String COUNTY = "appapi";
    private static final String OTHER = "appother";
    private static final String NUMBER = "\\d{8}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}";
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

    @BeforeEach
    void counties() {
        if (!provisioned) {
            for (String[] c : new String[][] { { COUNTY, "接口区", "619974" }, { OTHER, "邻县", "619975" } }) {
                Counties.provision(provisioner, c[0], c[1], c[2], "classic");
                ApplicationFixtures.openItems(catalogue, guides, scope, c[0]);
                scope.call(TenantCode.of(c[0]), () -> forms.save(webmaster(c[0]), ITEM, ApplicationFixtures.form()));
            }
            provisioned = true;
        }
    }

    @Test
    void applyLookUpDecideAndSeeTheResultWithoutPersonalData() {
        String phone = phone();
        String number = apply(phone, values()).then().statusCode(201).body("trackingNumber", matchesPattern(NUMBER)).extract()
                .path("trackingNumber");

        lookup(COUNTY, number, phone).then().statusCode(200).body("state", equalTo("submitted"))
                .body("stateLabel", equalTo("待受理")).body("service.code", equalTo(ITEM))
                .body("service.name", equalTo(ApplicationFixtures.ITEM_NAME)).body("timeLimitDays", equalTo(5))
                .body("timeline[0].label", equalTo("提交申请")).body("timeline[0].by", equalTo("申请人"));
        // Without dashes, lower case, full of spaces: the same application.
        lookup(COUNTY, " " + number.replace("-", "").toLowerCase() + " ", phone).then().statusCode(200);
        // A wrong phone answers exactly like an unknown number; another county knows neither.
        Response wrongPhone = lookup(COUNTY, number, "13700000000");
        Response unknown = lookup(COUNTY, number.substring(0, 9) + "ABCD-EFGH", phone);
        Response elsewhere = lookup(OTHER, number, phone);
        // The lookup page of another county knows it no more than its API.
        given().header("Host", OTHER + ".localhost").header("X-Forwarded-For", address())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("trackingNumber", number)
                .formParam("phone", phone).post("/applications/lookup").then().statusCode(404);
        for (Response r : List.of(wrongPhone, unknown, elsewhere)) {
            r.then().statusCode(404).contentType("application/problem+json");
            assertThat(r.jsonPath().getString("detail")).isEqualTo(wrongPhone.jsonPath().getString("detail"))
                    .isEqualTo("没有找到这件申报：请核对办件编号和申报时填写的手机号码。");
        }

        long id = in(() -> queues.byTrackingNumber(webmaster(COUNTY), number)).orElseThrow().id();
        in(() -> workflow.accept(id, officer(COUNTY, "zfb"), "予以受理"));
        in(() -> workflow.approve(id, officer(COUNTY, "zfb"), "准予备案，备案号 2026-610302-00-01"));
        in(() -> forms.setResultFields(webmaster(COUNTY), ITEM, List.of("f1", "f4")));

        String answer = lookup(COUNTY, number, phone).then().statusCode(200).body("state", equalTo("approved"))
                .body("result", equalTo("准予备案，备案号 2026-610302-00-01")).body("canRate", equalTo(true))
                .body("timeline.label", equalTo(List.of("提交申请", "受理", "准予办理"))).extract().asString();
        assertThat(answer).doesNotContain(phone, ApplicationFixtures.idNumber(), "宝鸡秦川智造有限公司", "13900000009");

        String results = given().header("Host", COUNTY + ".localhost").get("/api/v1/services/results").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].service.code", equalTo(ITEM))
                .body("items[0].result", equalTo("准予办理"))
                .body("items[0].fields.label", equalTo(List.of("项目名称", "建设性质")))
                .body("items[0].fields.value", equalTo(List.of("宝鸡市渭滨区智能制造产业园二期", "新建"))).extract().asString();
        assertThat(results).doesNotContain(phone, ApplicationFixtures.idNumber(), "宝鸡秦川智造有限公司", "13900000009",
                number, number.replace("-", ""), "备案号");
        given().header("Host", OTHER + ".localhost").get("/api/v1/services/results").then().statusCode(200)
                .body("total", equalTo(0));

        String stats = given().header("Host", COUNTY + ".localhost").get("/api/v1/services/stats").then().statusCode(200)
                .body("thisYear.total.completed", equalTo(1)).body("thisYear.departments[0].code", equalTo("zfb"))
                .extract().asString();
        assertThat(stats).doesNotContain(phone, "宝鸡秦川智造有限公司");
        given().header("Host", OTHER + ".localhost").get("/api/v1/services/stats").then().statusCode(200)
                .body("thisYear.total.completed", equalTo(0));
    }

    @Test
    void aDoubleSubmitStoresOneApplicationAndAnswersTheSameNumber() {
        String phone = phone();
        String altcha = Altcha.solve(COUNTY + ".localhost");
        long before = stored();
        String first = withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone, values(), altcha))
                .post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber");
        String again = withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone, values(), altcha))
                .post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber");
        assertThat(again).isEqualTo(first);
        assertThat(stored()).isEqualTo(before + 1);
        // The same solution with someone else's phone is a replay.
        withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), altcha)).post("/api/v1/applications").then()
                .statusCode(400).body("field", equalTo("altcha"));

        // Two copies at the same moment.
        String twinPhone = phone();
        String twin = Altcha.solve(COUNTY + ".localhost");
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司",
                twinPhone, values(), twin)).post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber"));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司",
                twinPhone, values(), twin)).post("/api/v1/applications").then().statusCode(201).extract().path("trackingNumber"));
        assertThat(a.join()).isEqualTo(b.join());
        assertThat(stored()).isEqualTo(before + 2);
    }

    @Test
    void everyBadFieldIsRefusedInChineseAndNothingIsStored() {
        long before = stored();
        expect400(without("applicant"), "applicant", "申请人不能为空");
        expect400(with("phone", "0917-3212345"), "phone", "手机号码应为 11 位手机号码，如 13800000000");
        expect400(with("f1", ""), "f1", "项目名称不能为空");
        expect400(with("f1", "园".repeat(51)), "f1", "项目名称不能超过 50 个字");
        expect400(with("f2", "一万二"), "f2", "总投资（万元）应填写数字，如 3 或 12.5");
        expect400(with("f3", "2027-02-30"), "f3", "计划开工日期应填写有效日期，格式如 2026-07-01");
        expect400(with("f4", "拆除"), "f4", "请从列表中选择建设性质");
        String id = ApplicationFixtures.idNumber();
        expect400(with("f5", id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0')), "f5",
                "法定代表人身份证号码的校验位不正确，请核对后重新填写");
        expect400(with("f6", "12345"), "f6", "联系人手机应为 11 位手机号码，如 13800000000");
        // A required file missing.
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost"))
                .post("/api/v1/applications").then().statusCode(400).body("field", equalTo("a7"))
                .body("detail", equalTo("请上传“项目备案申请表”"));
        // No proof of work, a filled honeypot, no item, an item not open.
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), null).multiPart(file("a7", "表.pdf",
                ApplicationFixtures.PDF, "application/pdf")).post("/api/v1/applications").then().statusCode(400)
                .body("field", equalTo("altcha"));
        withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost")))
                .multiPart(ApplicationFixtures.text("website", "http://spam.example")).post("/api/v1/applications").then()
                .statusCode(400).body("field", equalTo("website"));
        withFile(application(COUNTY, "BJ-QT-0901", "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/applications").then().statusCode(404).contentType("application/problem+json");
        withFile(application(COUNTY, "NO-SUCH-ITEM", "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/applications").then().statusCode(404);
        given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address()).multiPart(ApplicationFixtures.text(
                "applicant", "王建国")).post("/api/v1/applications").then().statusCode(400).body("field", equalTo("service"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void badFilesAreRefusedByContentTypeAndSize() {
        long before = stored();
        // An executable named .pdf.
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost"))
                .multiPart(file("a7", "申请表.pdf", "MZ\u0090\u0000 这是程序".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "application/pdf"))
                .post("/api/v1/applications").then().statusCode(400).body("field", equalTo("a7"))
                .body("detail", matchesPattern("“项目备案申请表”：不支持的文件类型.*"));
        // A real PDF under an image's name, and a ZIP where only PDF and Word are taken.
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost"))
                .multiPart(file("a7", "申请表.png", ApplicationFixtures.PDF, "image/png"))
                .post("/api/v1/applications").then().statusCode(400).body("detail", equalTo("“项目备案申请表”：文件内容与扩展名“.png”不符，已拒绝上传。"));
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost"))
                .multiPart(file("a7", "form.zip", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 }, "application/zip"))
                .post("/api/v1/applications").then().statusCode(400)
                .body("detail", equalTo("“项目备案申请表”：文件“form.zip”的类型不符合要求，请上传PDF、Word 或 WPS 文档"));
        // Over 20 MB.
        byte[] big = new byte[(int) UploadPolicy.MAX_BYTES + 1024];
        System.arraycopy(ApplicationFixtures.PDF, 0, big, 0, ApplicationFixtures.PDF.length);
        application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone(), values(), Altcha.solve(COUNTY + ".localhost"))
                .multiPart(file("a7", "申请表.pdf", big, "application/pdf"))
                .post("/api/v1/applications").then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("“项目备案申请表”：文件超过 20 MB，请压缩后再上传。"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void lookupsAreLimitedPerAddress() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address).contentType("application/json")
                    .body(Map.of("trackingNumber", "20260703-ABCD-EFGH", "phone", "13700000000"))
                    .post("/api/v1/applications/lookup").then().statusCode(404);
        }
        given().header("Host", COUNTY + ".localhost").header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("trackingNumber", "20260703-ABCD-EFGH", "phone", "13700000000"))
                .post("/api/v1/applications/lookup").then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
    }

    private void expect400(Map<String, String> values, String field, String detail) {
        String applicant = values.getOrDefault("applicant", "宝鸡秦川智造有限公司");
        String phone = values.getOrDefault("phone", phone());
        Map<String, String> rest = new HashMap<>(values);
        rest.remove("applicant");
        rest.remove("phone");
        withFile(application(COUNTY, ITEM, applicant, phone, rest, Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo(field)).body("detail", equalTo(detail));
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> v = new HashMap<>(values());
        v.put(key, value);
        return v;
    }

    private static Map<String, String> without(String key) {
        return with(key, "");
    }

    private Response apply(String phone, Map<String, String> values) {
        return withFile(application(COUNTY, ITEM, "宝鸡秦川智造有限公司", phone, values, Altcha.solve(COUNTY + ".localhost")))
                .post("/api/v1/applications");
    }

    private static RequestSpecification withFile(RequestSpecification request) {
        return request.multiPart(file("a7", "技改项目备案申请表.pdf", ApplicationFixtures.PDF, "application/pdf"));
    }

    private static Response lookup(String county, String number, String phone) {
        return given().header("Host", county + ".localhost").header("X-Forwarded-For", address()).contentType("application/json")
                .body(Map.of("trackingNumber", number, "phone", phone)).post("/api/v1/applications/lookup");
    }

    private long stored() {
        return in(() -> queues.list(webmaster(COUNTY), new ApplicationQueues.Filter(null, null, null, null, 1, 1)).total());
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }
}
