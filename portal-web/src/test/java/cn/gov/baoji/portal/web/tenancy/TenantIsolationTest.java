package cn.gov.baoji.portal.web.tenancy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.site.ChannelService;
import cn.gov.baoji.portal.core.tenant.TenantCode;
import cn.gov.baoji.portal.core.tenant.TenantScope;
import cn.gov.baoji.portal.web.support.Counties;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Data of one county never shows on another county's host, also when requests of many counties
 * interleave on a connection pool of three (see the test profile).
 */
@QuarkusTest
class TenantIsolationTest {

    @Inject
    TenantScope tenantScope;

    @Inject
    ChannelService channels;

    private String weibinOnlyChannel;

    @BeforeEach
    void giveWeibinAChannelOfItsOwn() {
        weibinOnlyChannel = "渭滨专栏" + UUID.randomUUID().toString().substring(0, 6);
        String code = "iso-" + UUID.randomUUID().toString().substring(0, 8);
        tenantScope.run(TenantCode.of("weibin"),
                () -> channels.create(new ChannelService.ChannelInput(code, weibinOnlyChannel, null, 99, true, null, 1)));
    }

    @Test
    void channelOfOneCountyIsInvisibleOnEveryOtherHost() {
        assertThat(channelNames("weibin")).contains(weibinOnlyChannel);
        assertThat(given().header("Host", "weibin.localhost").get("/").asString()).contains(weibinOnlyChannel);
        for (String code : Counties.SITE_NAMES.keySet()) {
            if (code.equals("weibin")) {
                continue;
            }
            assertThat(channelNames(code)).as(code).doesNotContain(weibinOnlyChannel);
            String home = given().header("Host", Counties.host(code)).get("/").then().statusCode(200).extract().asString();
            assertThat(home).as(code).doesNotContain(weibinOnlyChannel);
        }
    }

    @Test
    void interleavedRequestsOfManyCountiesNeverCarryAnotherCountysData() throws Exception {
        List<String> codes = new ArrayList<>(Counties.SITE_NAMES.keySet());
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 360; i++) {
                String code = codes.get(i % codes.size());
                int request = i;
                answers.add(clients.submit(() -> checkOneRequest(code, request)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("ok");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private String checkOneRequest(String code, int request) {
        // A distinct query per request: the page cache must not answer, so every request reaches the database.
        JsonPath site = given().header("Host", Counties.host(code)).get("/api/v1/site?request=" + request)
                .then().statusCode(200).extract().jsonPath();
        if (!code.equals(site.getString("code"))) {
            return "asked " + code + ", got site " + site.getString("code");
        }
        if (!Counties.SITE_NAMES.get(code).equals(site.getString("siteName"))) {
            return "asked " + code + ", got name " + site.getString("siteName");
        }
        if (!site.getString("footer.organizer").contains(Counties.SITE_NAMES.get(code).replace("人民政府", ""))) {
            return "asked " + code + ", got footer of " + site.getString("footer.organizer");
        }
        List<String> channels = site.getList("channels.name");
        if (!code.equals("weibin") && channels.contains(weibinOnlyChannel)) {
            return "asked " + code + ", got weibin's channel";
        }
        if (code.equals("weibin") && !channels.contains(weibinOnlyChannel)) {
            return "weibin lost its own channel";
        }
        return "ok";
    }

    private List<String> channelNames(String code) {
        return given().header("Host", Counties.host(code)).get("/api/v1/channels")
                .then().statusCode(200).extract().jsonPath().getList("name");
    }
}
