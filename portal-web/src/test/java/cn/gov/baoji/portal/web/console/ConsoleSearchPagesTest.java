package cn.gov.baoji.portal.web.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;

import cn.gov.baoji.portal.core.search.Synonyms;
import cn.gov.baoji.portal.web.search.SearchFixtures;
import cn.gov.baoji.portal.web.support.BrowserSession;
import cn.gov.baoji.portal.web.support.KeycloakTokens;
import cn.gov.baoji.portal.web.support.RedirectUris;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The console's 全市搜索, synonym list and index pages: the city office's view of search across counties. */
@QuarkusTest
class ConsoleSearchPagesTest {

    @TestHTTPResource("/")
    URL root;

    @Inject
    Keycloak keycloak;

    @Inject
    Synonyms synonyms;

    @BeforeEach
    void allowConsoleLogin() {
        RedirectUris.allow(keycloak, root.getPort(), "console", "weibin");
    }

    @Test
    void theCitySearchesEveryCountyLabelledAndLinked() {
        String marker = SearchFixtures.marker();
        SearchFixtures.publish("weibin", "渭滨区秋季征兵公告 " + marker, "征兵 " + marker);
        SearchFixtures.publish("taibai", "太白县秋季征兵公告 " + marker, "征兵 " + marker);
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Document[] page = new Document[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            page[0] = Jsoup.parse(console.open("/console/search?q=" + marker).asString());
            assertThat(page[0].select(".search-results tbody tr")).hasSize(2);
        });
        for (Element row : page[0].select(".search-results tbody tr")) {
            String county = row.child(0).text();
            assertThat(county).isIn("渭滨区", "太白县");
            assertThat(row.select("a").attr("href")).startsWith("http")
                    .contains(county.equals("太白县") ? "taibai" : "weibin");
            assertThat(row.select("a mark").text()).isEqualToIgnoringCase(marker);
        }
        assertThat(page[0].select("#type option[selected]").text()).startsWith("全部类型");
        Document none = Jsoup.parse(console.open("/console/search?q=" + marker + "&type=service").asString());
        assertThat(none.select(".empty").text()).contains("没有找到");
        Response refused = console.open("/console/search?q=" + marker + "&from=2024-99-01");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString()).contains("开始日期格式应为");
    }

    @Test
    void theCityMaintainsSynonymsAndCorrections() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        String term = "宝宾" + SearchFixtures.marker().substring(2, 6);
        Response added = console.post("/console/search/synonyms", Map.of("term", term, "alternative", "宝鸡", "kind",
                "one-way"));
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(synonyms.all()).anyMatch(s -> s.term().equals(term) && s.alternative().equals("宝鸡") && s.oneWay());
        Document list = Jsoup.parse(console.open("/console/search/synonyms?done=added").asString());
        assertThat(list.select("#notice").text()).contains("已添加");
        Element row = list.select("#synonyms tbody tr").stream().filter(r -> r.child(0).text().equals(term)).findFirst()
                .orElseThrow();
        assertThat(row.child(1).text()).contains("纠错");

        Response again = console.post("/console/search/synonyms", Map.of("term", term, "alternative", "宝鸡", "kind",
                "one-way"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("已经存在");
        Response bad = console.post("/console/search/synonyms", Map.of("term", "<script>", "alternative", "宝鸡", "kind",
                "two-way"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.asString()).select("#form-error").text()).contains("词语");
        assertThat(Jsoup.parse(bad.asString()).select("#term").attr("aria-invalid")).isEqualTo("true");
        Response noKind = console.post("/console/search/synonyms", Map.of("term", "社保卡", "alternative", "社会保障卡"));
        assertThat(noKind.statusCode()).isEqualTo(400);

        String removeAction = row.select("form").attr("action");
        assertThat(console.post(removeAction, Map.of()).statusCode()).isEqualTo(303);
        assertThat(synonyms.all()).noneMatch(s -> s.term().equals(term));
        assertThat(console.postWithoutToken("/console/search/synonyms", Map.of("term", "医保", "alternative", "医疗保险",
                "kind", "two-way")).statusCode()).isGreaterThanOrEqualTo(400);
    }

    @Test
    void theIndexPageRebuildsOneCountyAndShowsProgress() {
        ConsoleSupport console = ConsoleSupport.signIn(root.getPort(), "city-admin");
        Document page = Jsoup.parse(console.open("/console/search/index").asString());
        assertThat(page.select("h1").text()).isEqualTo("搜索索引");
        assertThat(page.select("#county option").eachText()).contains("全部区县", "渭滨区");
        Response unknown = console.post("/console/search/index", Map.of("county", "nosuchcounty"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(unknown.asString()).select("#form-error").text()).contains("站点不存在");
        assertThat(console.post("/console/search/index", Map.of("county", "weibin")).statusCode()).isEqualTo(303);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> assertThat(
                Jsoup.parse(console.open("/console/search/index").asString()).select("#rebuild-progress").text())
                .contains("上次重建").contains("渭滨区"));
    }

    @Test
    void countyAccountsCannotUseTheConsoleSearchPages() {
        BrowserSession browser = new BrowserSession();
        Response page = browser.logIn(browser.open("http://console.localhost:" + root.getPort() + "/console/search/synonyms"),
                "weibin-webmaster", KeycloakTokens.DEMO_PASSWORD);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(browser.open("http://console.localhost:" + root.getPort() + "/console/search?q=社保").statusCode())
                .isEqualTo(403);
    }
}
