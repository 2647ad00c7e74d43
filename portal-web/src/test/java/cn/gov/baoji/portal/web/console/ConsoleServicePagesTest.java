package cn.gov.baoji.portal.web.console;

import static cn.gov.baoji.portal.web.support.Api.anonymous;
import static cn.gov.baoji.portal.web.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.service.ServiceCatalogue;
import cn.gov.baoji.portal.core.service.ServiceCatalogueDrafts;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The city office keeps the service catalogue in the console: edits stay in a draft until released,
 * a release reaches every county at once, and refusals keep what was typed.
 */
@QuarkusTest
class ConsoleServicePagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    ServiceCatalogueDrafts drafts;

    @Inject
    ServiceCatalogue catalogue;

    @BeforeEach
    void freshDraft() {
        RedirectUris.allow(keycloak, root.getPort(), "console");
        if (drafts.current().changed()) {
            drafts.discard(drafts.current().revision());
        }
    }

    private Map<String, String> seen(Map<String, String> form) {
        Map<String, String> result = new HashMap<>(form);
        result.put("revision", Long.toString(drafts.current().revision()));
        result.put("basedOn", Integer.toString(drafts.current().basedOn()));
        return result;
    }

    @Test
    void anItemAddedInTheDraftReachesTheCountiesOnlyWhenReleased() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        assertThat(console.open("/console/services").asString()).contains("政务服务事项目录").contains("生育登记")
                .contains("生育收养");
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        int before = catalogue.current().version();

        Map<String, String> form = new HashMap<>(Map.of("code", code, "name", "  取水许可 ", "kind", "LICENSING",
                "legalBasis", "《取水许可和水资源费征收管理条例》", "audiences", "CORPORATE", "events", "kbqy", "offer", "chosen",
                "counties", "taibai"));
        assertThat(console.post("/console/services/items", seen(form)).statusCode()).isEqualTo(303);
        assertThat(drafts.current().item(code).orElseThrow().name()).isEqualTo("取水许可");
        assertThat(catalogue.current().version()).isEqualTo(before);
        as("taibai-webmaster", "taibai").get("/api/admin/services/" + code).then().statusCode(404);

        Response noNote = console.post("/console/services/releases", seen(Map.of("note", " ")));
        assertThat(noNote.statusCode()).isEqualTo(400);
        assertThat(noNote.asString()).contains("请填写发布说明");
        assertThat(console.post("/console/services/releases", seen(Map.of("note", "增加取水许可"))).statusCode())
                .isEqualTo(303);
        assertThat(catalogue.current().version()).isEqualTo(before + 1);
        assertThat(drafts.current().changed()).isFalse();
        as("taibai-webmaster", "taibai").get("/api/admin/services/" + code).then().statusCode(200)
                .body("name", equalTo("取水许可")).body("kindLabel", equalTo("行政许可"));
        as("weibin-webmaster", "weibin").get("/api/admin/services/" + code).then().statusCode(404);
    }

    @Test
    void aRefusedItemFormKeepsWhatWasTypedAndAStaleFormIsRefused() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Map<String, String> bad = seen(Map.of("code", "bad code", "name", "耕地占用税减免", "kind", "OTHER", "legalBasis",
                "《中华人民共和国耕地占用税法》", "audiences", "PERSONAL", "offer", "all"));
        Response refused = console.post("/console/services/items", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("事项编码须为 3 至 40 位大写字母").contains("value=\"耕地占用税减免\"")
                .contains("《中华人民共和国耕地占用税法》").contains("aria-invalid=\"true\"");
        assertThat(drafts.current().changed()).isFalse();

        Map<String, String> first = seen(Map.of("code", "EVENT", "name", "x"));
        assertThat(console.post("/console/services/events", seen(Map.of("code", "gjzx", "name", "公积金"))).statusCode())
                .isEqualTo(303);
        // A form from a page shown before that edit: refused, not applied over it.
        Response stale = console.post("/console/services/events", first);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("事项目录草稿已被他人修改");

        Response inUse = console.post("/console/services/events/syxy/remove", seen(Map.of()));
        assertThat(inUse.statusCode()).isEqualTo(400);
        assertThat(inUse.asString()).contains("还有 2 个事项属于这个生命事件");
        assertThat(console.postWithoutToken("/console/services/events/gjzx/remove", seen(Map.of())).statusCode())
                .isEqualTo(400);
        assertThat(drafts.current().content().events()).extracting("code").contains("gjzx");
    }

    @Test
    void aNewVersionIsWhatEveryCountyShowsAtOnce() {
        String code = "BJ-GG-1101";
        String original = catalogue.current().item(code).orElseThrow().name();
        try {
            rename(code, "老年人优待证办理");
            for (String county : List.of("weibin", "taibai", "qishan")) {
                anonymous(county).get("/api/v1/services/" + code).then().statusCode(200)
                        .body("name", equalTo("老年人优待证办理"));
                assertThat(anonymous(county).get("/services/" + code).asString()).contains("老年人优待证办理");
            }
        } finally {
            rename(code, original);
        }
        anonymous("weibin").get("/api/v1/services/" + code).then().body("name", equalTo(original));
        // A county's account cannot release anything.
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("weibin-webmaster"))
                .get("/api/console/services").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static void rename(String code, String name) {
        RequestSpecification console = given().header("Host", "console.localhost")
                .auth().oauth2(KeycloakTokens.of("city-admin")).contentType("application/json");
        Map<String, Object> current = console.get("/api/console/services").then().statusCode(200).extract().jsonPath()
                .getMap("");
        List<Object> items = new ArrayList<>();
        for (Object o : (List<Object>) current.get("items")) {
            Map<String, Object> item = new HashMap<>((Map<String, Object>) o);
            if (code.equals(item.get("code"))) {
                item.put("name", name);
            }
            items.add(item);
        }
        given().header("Host", "console.localhost").auth().oauth2(KeycloakTokens.of("city-admin"))
                .contentType("application/json")
                .body(Map.of("note", "改名", "events", current.get("events"), "items", items))
                .post("/api/console/services/releases").then().statusCode(201);
    }
}
