package cn.gov.baoji.portal.web.message;

import static cn.gov.baoji.portal.web.message.MessageActors.editor;
import static cn.gov.baoji.portal.web.message.MessageActors.officer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.message.MessageQueues;
import cn.gov.baoji.portal.core.message.MessageWorkflow;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantProvisioner;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import cn.gov.baoji.portal.web.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The public message API: writing, lookups, published messages, figures, and every kind of bad input. */
@QuarkusTest
class MessageApiTest {

    private static final String COUNTY = "weibin";
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final AtomicInteger PHONE = new AtomicInteger(1);

    @Inject
    TenantScope scope;

    @Inject
    MessageWorkflow workflow;

    @Inject
    MessageQueues queues;

    @Inject
    TestClock clock;

    @Inject
    TenantProvisioner provisioner;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void writeLookUpPublishAndRead() {
        List<Map<String, String>> addressees = api(COUNTY).get("/api/v1/departments").then().statusCode(200).extract()
                .jsonPath().getList("");
        assertThat(addressees.get(0)).containsEntry("code", "leader").containsEntry("name", "区长信箱").containsEntry("kind", "leader");
        assertThat(addressees).anySatisfy(a -> assertThat(a).containsEntry("code", "zfb").containsEntry("kind", "department"));

        String phone = phone();
        String code = send(message("leader", "建议增设公交线路", phone), address()).then().statusCode(201)
                .body("queryCode", matchesPattern("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}")).extract()
                .path("queryCode");

        lookup(COUNTY).body(Map.of("queryCode", code, "phone", phone))
                .post("/api/v1/messages/lookup").then().statusCode(200).body("state", equalTo("received"))
                .body("stateLabel", equalTo("待受理")).body("title", equalTo("建议增设公交线路"));
        // Without dashes, lower case: the same message.
        lookup(COUNTY).body(Map.of("queryCode", code.replace("-", "").toLowerCase(), "phone", phone))
                .post("/api/v1/messages/lookup").then().statusCode(200);
        // A wrong phone answers exactly like an unknown code.
        Response wrongPhone = lookup(COUNTY).body(Map.of("queryCode", code, "phone", "13700000000"))
                .post("/api/v1/messages/lookup");
        Response unknown = lookup(COUNTY).body(Map.of("queryCode", "ABCD-EFGH-JKLM", "phone", phone))
                .post("/api/v1/messages/lookup");
        assertThat(wrongPhone.statusCode()).isEqualTo(404).isEqualTo(unknown.statusCode());
        assertThat(wrongPhone.body().asString()).isEqualTo(unknown.body().asString());
        assertThat(wrongPhone.contentType()).startsWith("application/problem+json");
        // Another county's host does not know the code.
        lookup("jintai").body(Map.of("queryCode", code, "phone", phone))
                .post("/api/v1/messages/lookup").then().statusCode(404);

        long id = in(() -> queues.byQueryCode(editor(COUNTY), code)).orElseThrow().id();
        api(COUNTY).get("/api/v1/messages/" + id).then().statusCode(404).contentType("application/problem+json");
        in(() -> workflow.accept(id, "zfb", editor(COUNTY), null));
        in(() -> workflow.draftReply(id, "已将您的建议转交交通运输部门研究。", officer(COUNTY, "zfb")));
        in(() -> workflow.approveReply(id, editor(COUNTY)));

        api(COUNTY).get("/api/v1/messages/" + id).then().statusCode(200).body("title", equalTo("建议增设公交线路"))
                .body("author", equalTo("网友")).body("reply", equalTo("已将您的建议转交交通运输部门研究。"))
                .body("state", equalTo("replied")).body("department", equalTo("渭滨区人民政府办公室"))
                .body("addressee", equalTo("区长信箱")).body("repliedAt", notNullValue());
        JsonPath list = api(COUNTY).get("/api/v1/messages?size=50&department=zfb&kind=suggest").then().statusCode(200)
                .extract().jsonPath();
        assertThat(list.getList("items.id", Long.class)).contains(id);
        assertThat(list.getInt("size")).isEqualTo(50);
        assertThat(api(COUNTY).get("/api/v1/messages?size=50&kind=help").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).doesNotContain(id);
        assertThat(api(COUNTY).get("/api/v1/messages?size=50&department=leader&state=replied").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class)).contains(id);
        api(COUNTY).get("/api/v1/messages?size=51").then().statusCode(400).body("field", equalTo("size"));
        api(COUNTY).get("/api/v1/messages?kind=spam").then().statusCode(400).body("field", equalTo("kind"));
        api(COUNTY).get("/api/v1/messages?state=lost").then().statusCode(400).body("field", equalTo("state"));
        lookup(COUNTY).body(Map.of("queryCode", code, "phone", phone))
                .post("/api/v1/messages/lookup").then().statusCode(200).body("state", equalTo("replied"))
                .body("reply", equalTo("已将您的建议转交交通运输部门研究。"));

        // One county's message does not exist on another county's host (one with no messages of its own,
        // since ids are counted per county).
        Counties.provision(provisioner, "msgiso", "隔离区", "619985", "classic");
        api("msgiso").get("/api/v1/messages/" + id).then().statusCode(404);
        assertThat(api("msgiso").get("/api/v1/messages?size=50").then().statusCode(200).extract().jsonPath()
                .getList("items")).isEmpty();
        assertThat(api("jintai").get("/api/v1/messages?size=50").then().statusCode(200).extract().jsonPath()
                .getList("items.title", String.class)).doesNotContain("建议增设公交线路");

        JsonPath stats = api(COUNTY).get("/api/v1/messages/stats").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getString("thisYear.rows[0].code")).isEqualTo("leader");
        assertThat(stats.getInt("thisYear.rows[0].replied")).isPositive();
        assertThat(stats.getString("lastMonth.from")).matches("\\d{4}-\\d{2}-01");
    }

    @Test
    void badInputIsRefusedWithTheRightAnswerAndNothingIsStored() {
        long before = stored();
        String address = address();
        expect400(message("zfb", "", phone()), address, "title");
        Map<String, Object> noKind = message("zfb", "缺少类型", phone());
        noKind.remove("kind");
        expect400(noKind, address, "kind");
        Map<String, Object> longContent = message("zfb", "内容过长", phone());
        longContent.put("content", "长".repeat(5001));
        expect400(longContent, address, "content");
        expect400(message("zfb", "手机号码不对", "1380013800"), address, "phone");
        expect400(message("zfb", "手机号码不对", "23800138000"), address, "phone");
        expect400(message("nosuch", "没有这个部门", phone()), address, "department");
        Map<String, Object> badEmail = message("zfb", "邮箱不对", phone());
        badEmail.put("email", "not-an-email");
        expect400(badEmail, address, "email");
        Map<String, Object> badKind = message("zfb", "类型不对", phone());
        badKind.put("kind", "spam");
        expect400(badKind, address, "kind");

        // The challenge: missing, forged, expired, for another county, reused.
        Map<String, Object> noChallenge = message("zfb", "没有验证", phone());
        noChallenge.remove("altcha");
        expect400(noChallenge, address, "altcha");
        Map<String, Object> forged = AltchaSolver.solution(COUNTY);
        forged.put("signature", "0".repeat(64));
        Map<String, Object> forgedMessage = message("zfb", "伪造的验证", phone());
        forgedMessage.put("altcha", AltchaSolver.encode(forged));
        expect400(forgedMessage, address, "altcha");
        Map<String, Object> wrongNumber = AltchaSolver.solution(COUNTY);
        wrongNumber.put("number", ((Integer) wrongNumber.get("number")) + 1);
        forgedMessage.put("altcha", AltchaSolver.encode(wrongNumber));
        expect400(forgedMessage, address, "altcha");
        Map<String, Object> otherCounty = message("zfb", "别的区县的验证", phone());
        otherCounty.put("altcha", AltchaSolver.solve("jintai"));
        expect400(otherCounty, address, "altcha");
        Map<String, Object> expired = message("zfb", "过期的验证", phone());
        clock.advance(Duration.ofMinutes(31));
        expect400(expired, address, "altcha");
        clock.reset();
        assertThat(stored()).isEqualTo(before);

        Map<String, Object> first = message("zfb", "第一条留言", phone());
        send(first, address()).then().statusCode(201);
        Map<String, Object> replay = message("zfb", "重放别人的验证", phone());
        replay.put("altcha", first.get("altcha"));
        send(replay, address()).then().statusCode(400).body("field", equalTo("altcha"));
        assertThat(stored()).isEqualTo(before + 1);
        // JSON of the wrong shape.
        api(COUNTY).header("X-Forwarded-For", address).contentType("application/json").body("[]").post("/api/v1/messages")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void aBurstFromOneAddressIsStoppedAndTheRestIsNotStored() {
        String address = address();
        long before = stored();
        for (int i = 0; i < 5; i++) {
            send(message("zfb", "连续留言" + i, phone()), address).then().statusCode(201);
        }
        send(message("zfb", "第六条", phone()), address).then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertThat(stored()).isEqualTo(before + 5);
        // So is one phone number writing from many addresses.
        String phone = phone();
        for (int i = 0; i < 5; i++) {
            send(message("zfb", "同一号码" + i, phone), address()).then().statusCode(201);
        }
        send(message("zfb", "同一号码第六条", phone), address()).then().statusCode(429);
        assertThat(stored()).isEqualTo(before + 10);
    }

    @Test
    void lookupsAreLimitedPerAddress() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            api(COUNTY).header("X-Forwarded-For", address).contentType("application/json")
                    .body(Map.of("queryCode", "ABCD-EFGH-JKLM", "phone", "13700000000")).post("/api/v1/messages/lookup")
                    .then().statusCode(404);
        }
        api(COUNTY).header("X-Forwarded-For", address).contentType("application/json")
                .body(Map.of("queryCode", "ABCD-EFGH-JKLM", "phone", "13700000000")).post("/api/v1/messages/lookup")
                .then().statusCode(429).header("Retry-After", notNullValue()).contentType("application/problem+json");
    }

    @Test
    void aDoubleSubmitStoresOneMessageAndAnswersTheSameCode() {
        long before = stored();
        Map<String, Object> body = message("czj", "重复提交的留言", phone());
        String address = address();
        String first = send(body, address).then().statusCode(201).extract().path("queryCode");
        String again = send(body, address).then().statusCode(201).extract().path("queryCode");
        assertThat(again).isEqualTo(first);
        assertThat(stored()).isEqualTo(before + 1);

        // Two copies at the same moment.
        Map<String, Object> twin = message("czj", "同时提交的留言", phone());
        String twinAddress = address();
        CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> send(twin, twinAddress).then().statusCode(201)
                .extract().path("queryCode"));
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> send(twin, twinAddress).then().statusCode(201)
                .extract().path("queryCode"));
        assertThat(a.join()).isEqualTo(b.join());
        assertThat(stored()).isEqualTo(before + 2);
    }

    private void expect400(Map<String, Object> body, String address, String field) {
        send(body, address).then().statusCode(400).contentType("application/problem+json").body("field", equalTo(field))
                .body("detail", notNullValue());
    }

    private Response send(Map<String, Object> body, String address) {
        return api(COUNTY).header("X-Forwarded-For", address).contentType("application/json").body(body)
                .post("/api/v1/messages");
    }

    private long stored() {
        return in(() -> queues.search(editor(COUNTY), new MessageQueues.Filter(null, null, null, null, 1, 1)).total());
    }

    static Map<String, Object> message(String department, String title, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "suggest");
        body.put("department", department);
        body.put("title", title);
        body.put("content", "我们小区附近没有公交站，老人出行不便，建议增设一条公交线路。");
        body.put("name", "李秀兰");
        body.put("phone", phone);
        body.put("email", "li@example.com");
        body.put("publish", true);
        body.put("altcha", AltchaSolver.solve(COUNTY));
        return body;
    }

    static String address() {
        return "10.11." + (ADDRESS.get() / 250) + "." + (ADDRESS.getAndIncrement() % 250 + 1);
    }

    static String phone() {
        return "1361100" + String.format("%04d", PHONE.getAndIncrement());
    }

    private static RequestSpecification api(String county) {
        return given().header("Host", county + ".localhost");
    }

    /** Lookups count against the sender's address: each from an address of its own. */
    private static RequestSpecification lookup(String county) {
        return api(county).header("X-Forwarded-For", address()).contentType("application/json");
    }

    private <T> T in(Supplier<T> work) {
        return scope.call(TenantCode.of(COUNTY), work);
    }

}
